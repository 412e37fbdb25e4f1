package cn.fanxiao.enforcement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import cn.fanxiao.cases.CaseStatus;
import cn.fanxiao.cases.CaseView;
import cn.fanxiao.cases.ClosureReason;
import cn.fanxiao.cases.Stage;
import cn.fanxiao.demo.DemoCounty;

class VerificationTest extends EnforcementTestSupport {

    @Test
    void openingACaseStartsItsProcessAtVerificationForSchoolAndTownship() {
        CaseView c = openQingshiCase();

        ProcessInstance p = process(c.id());
        assertThat(p).isWaitingAt("verifyDropout");
        assertThat(p.getBusinessKey()).isEqualTo(c.caseNumber());
        assertThat(p).variables().containsEntry("caseId", c.id())
                .containsEntry("countyCode", DemoCounty.COUNTY)
                .containsEntry("townshipCode", DemoCounty.QINGSHI)
                .containsEntry("schoolCode", DemoCounty.QINGSHI_SCHOOL);
        assertThat(task(c.id(), "verifyDropout"))
                .hasCandidateGroup("school-staff:" + DemoCounty.QINGSHI_SCHOOL)
                .hasCandidateGroup("township-officer:" + DemoCounty.QINGSHI);
    }

    @ParameterizedTest
    @EnumSource(value = ClosureReason.class, names = {"NOT_A_DROPOUT", "TRANSFERRED"})
    void aSuspectedDropoutThatIsNotOneIsClosedWithTheVerifiedReason(ClosureReason reason) {
        CaseView c = openQingshiCase();
        ProcessInstance p = process(c.id());

        complete(c.id(), "verifyDropout", TEACHER, "verification", reason.name(), "note", "学籍系统显示已在外省就读");

        assertThat(p).isEnded().hasPassed("closedAfterVerification");
        CaseView closed = cases.getForProcess(c.id());
        assertThat(closed.status()).isEqualTo(CaseStatus.CLOSED);
        assertThat(closed.closureReason()).isEqualTo(reason);
        assertThat(closed.closureNote()).isEqualTo("学籍系统显示已在外省就读");
    }

    @Test
    void aConfirmedDropoutEntersPersuasionWithTheReturnNoticeTask() {
        CaseView c = openQingshiCase();

        complete(c.id(), "verifyDropout", QINGSHI_OFFICER, "verification", "CONFIRMED");

        assertThat(process(c.id())).isWaitingAt("signReturnNotice");
        assertThat(cases.getForProcess(c.id()).stage()).isEqualTo(Stage.PERSUASION);
        assertThat(task(c.id(), "signReturnNotice")).hasCandidateGroup("township-officer:" + DemoCounty.QINGSHI);
    }
}
