package cn.fanxiao.enforcement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import cn.fanxiao.cases.CaseStatus;
import cn.fanxiao.cases.CaseView;
import cn.fanxiao.cases.ClosureReason;
import cn.fanxiao.cases.ClosureRequest;
import cn.fanxiao.deadlines.DeadlineStatus;
import cn.fanxiao.shared.FieldError;
import cn.fanxiao.shared.InvalidInputException;

/**
 * Closing a case: on request at any time, or by the bureau's approval at the end of the steps. RETURNED and
 * RELAPSED are not closure reasons anyone picks: they are the ends of the return and relapse paths.
 */
class ClosureTest extends EnforcementTestSupport {

    @ParameterizedTest
    @EnumSource(value = ClosureReason.class, mode = EnumSource.Mode.EXCLUDE, names = {"RETURNED", "RELAPSED"})
    void aClosureRequestEndsTheProcessWithTheRequestedReason(ClosureReason reason) {
        CaseView c = openQingshiCase();
        confirm(c.id());
        serve(c.id(), "issueReturnNotice", QINGSHI_OFFICER, today());
        ProcessInstance p = process(c.id());

        cases.requestClosure(c.id(), new ClosureRequest(reason, "经县教育局核实"), LEGAL);

        assertThat(p).hasPassed("closeOnRequest").isEnded();
        assertClosed(c, reason, "经县教育局核实");
    }

    @ParameterizedTest
    @EnumSource(value = ClosureReason.class, mode = EnumSource.Mode.EXCLUDE, names = {"RETURNED", "RELAPSED"})
    void closureApprovalClosesWithTheApprovedReason(ClosureReason reason) {
        CaseView c = hekouCaseAtClosureApproval();
        ProcessInstance p = process(c.id());

        complete(c.id(), "approveClosure", LEGAL, "closureReason", reason.name(), "closureNote", "结案审批意见");

        assertThat(p).hasPassed("closedAfterApproval").isEnded();
        assertClosed(c, reason, "结案审批意见");
    }

    @Test
    void closureApprovalWithOtherNeedsANote() {
        CaseView c = hekouCaseAtClosureApproval();

        assertThatThrownBy(() -> complete(c.id(), "approveClosure", LEGAL, "closureReason", "OTHER"))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.errors()).extracting(FieldError::field).containsExactly("closureNote"));
    }

    @Test
    void closureApprovalDoesNotOfferReturnedBecauseReturnsGoThroughRetentionMonitoring() {
        CaseView c = hekouCaseAtClosureApproval();

        assertThatThrownBy(() -> complete(c.id(), "approveClosure", LEGAL, "closureReason", "RETURNED"))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.errors()).extracting(FieldError::field).containsExactly("closureReason"));
        assertThat(process(c.id())).isWaitingAt("approveClosure");
    }

    @Test
    void aCaseInRetentionMonitoringCanStillBeClosedOnRequest() {
        CaseView c = openQingshiCase();
        reportReturn(c, TEACHER);
        ProcessInstance p = process(c.id());

        cases.requestClosure(c.id(), new ClosureRequest(ClosureReason.MOVED_AWAY, "全家迁往外省"), LEGAL);

        assertThat(p).hasPassed("closeOnRequest").isEnded();
        assertClosed(c, ClosureReason.MOVED_AWAY, "全家迁往外省");
    }

    private void assertClosed(CaseView c, ClosureReason reason, String note) {
        CaseView closed = cases.getForProcess(c.id());
        assertThat(closed.status()).isEqualTo(CaseStatus.CLOSED);
        assertThat(closed.closureReason()).isEqualTo(reason);
        assertThat(closed.closureNote()).isEqualTo(note);
        assertThat(deadlines.forCase(c.id())).noneMatch(d -> d.status() == DeadlineStatus.OPEN);
        assertThat(taskService.createTaskQuery().processVariableValueEquals("caseId", c.id()).count()).isZero();
    }
}
