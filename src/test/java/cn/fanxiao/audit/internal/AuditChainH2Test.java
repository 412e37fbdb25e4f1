package cn.fanxiao.audit.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.jdbc.core.JdbcTemplate;

import cn.fanxiao.audit.AuditTrail;
import cn.fanxiao.cases.CaseService;
import cn.fanxiao.demo.DemoChildren;
import cn.fanxiao.demo.DemoCounty;
import cn.fanxiao.demo.DemoUsers;
import cn.fanxiao.testsupport.H2IntegrationTest;

/** The audit log is only worth trusting if an edit, a deletion or an insertion behind its back shows. */
@H2IntegrationTest
@AutoConfigureMockMvc
class AuditChainH2Test {

    @Autowired
    CaseService cases;
    @Autowired
    AuditTrail trail;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    DemoCounty county;

    private long caseId;

    @BeforeEach
    void aCaseWithSomeHistory() {
        county.install();
        caseId = cases.open(DemoChildren.newCase(DemoCounty.CHENGGUAN, 40_000 + (int) (System.nanoTime() % 10_000),
                LocalDate.now().minusDays(10)), DemoUsers.CHENGGUAN).id();
    }

    @Test
    void anUntouchedChainIsIntact() {
        AuditTrail.ChainCheck check = trail.verify(caseId, DemoUsers.LEGAL);
        assertThat(check.intact()).isTrue();
        assertThat(check.entries()).isGreaterThanOrEqualTo(1);
    }

    @Test
    void anEditedEntryBreaksTheChainAtThatEntry() {
        long first = jdbc.queryForObject("SELECT MIN(id) FROM fx_audit_event WHERE case_id = ?", Long.class, caseId);
        jdbc.update("UPDATE fx_audit_event SET actor = 'someone-else' WHERE id = ?", first);
        AuditTrail.ChainCheck check = trail.verify(caseId, DemoUsers.LEGAL);
        assertThat(check.intact()).isFalse();
        assertThat(check.firstBrokenEntryId()).isEqualTo(first);
    }

    @Test
    void aDeletedEntryBreaksTheChain() {
        cases.requestClosure(caseId, new cn.fanxiao.cases.ClosureRequest(
                cn.fanxiao.cases.ClosureReason.MOVED_AWAY, "举家迁往外省"), DemoUsers.CHENGGUAN);
        long first = jdbc.queryForObject("SELECT MIN(id) FROM fx_audit_event WHERE case_id = ?", Long.class, caseId);
        jdbc.update("DELETE FROM fx_audit_event WHERE id = ?", first);
        assertThat(trail.verify(caseId, DemoUsers.LEGAL).intact()).isFalse();
    }
}
