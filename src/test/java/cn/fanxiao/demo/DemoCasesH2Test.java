package cn.fanxiao.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import cn.fanxiao.cases.CaseSearch;
import cn.fanxiao.cases.CaseService;
import cn.fanxiao.cases.CaseSummary;
import cn.fanxiao.cases.Stage;
import cn.fanxiao.deadlines.ServedDocument;
import cn.fanxiao.deadlines.ServiceRecords;
import cn.fanxiao.testsupport.H2IntegrationTest;

/** {@code scripts/run.sh --demo}: the demo loader leaves a case at every stage, every notice served on record. */
@H2IntegrationTest(properties = "fanxiao.demo.enabled=true")
class DemoCasesH2Test {

    @Autowired
    CaseService cases;
    @Autowired
    ServiceRecords services;

    @Test
    void theDemoHasACaseAtEveryStageWithItsNoticesServedOnRecord() {
        List<CaseSummary> all = cases.search(new CaseSearch(null, null, null, null, null, 0, 100), DemoUsers.LEGAL);

        assertThat(all).extracting(CaseSummary::stage).contains(Stage.VERIFICATION, Stage.PERSUASION,
                Stage.ORDER_TO_RETURN, Stage.PENALTY, Stage.NON_LITIGATION_ENFORCEMENT, Stage.CIVIL_SUIT,
                Stage.RETENTION_MONITORING, Stage.CLOSED);
        CaseSummary court = all.stream().filter(c -> c.stage() == Stage.NON_LITIGATION_ENFORCEMENT).findFirst()
                .orElseThrow();
        assertThat(services.forCase(court.id())).extracting(r -> r.document())
                .containsExactly(ServedDocument.RETURN_NOTICE, ServedDocument.ORDER_TO_RETURN,
                        ServedDocument.PRIOR_NOTICE, ServedDocument.PENALTY_DECISION, ServedDocument.DEMAND_LETTER);
        assertThat(services.forCase(court.id())).allMatch(r -> r.isServed() && !r.attempts().isEmpty());
    }
}
