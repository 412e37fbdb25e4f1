package cn.fanxiao.enforcement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import cn.fanxiao.cases.CaseStatus;
import cn.fanxiao.cases.CaseView;
import cn.fanxiao.cases.RetentionList;
import cn.fanxiao.cases.Stage;
import cn.fanxiao.deadlines.DeadlineKind;
import cn.fanxiao.deadlines.DeadlineStatus;
import cn.fanxiao.deadlines.LegalTime;
import cn.fanxiao.shared.InvalidInputException;

/** 复学 at every step: enforcement ends, its periods close, retention monitoring starts. */
class ReturnToSchoolTest extends EnforcementTestSupport {

    @Test
    void aReturnDuringVerificationGoesStraightToRetentionMonitoring() {
        CaseView c = openQingshiCase();
        ProcessInstance p = process(c.id());

        reportReturn(c, TEACHER);

        assertInRetentionMonitoring(c, p);
    }

    @Test
    void aReturnDuringPersuasionEndsTheNoticesPeriodAsMet() {
        CaseView c = openQingshiCase();
        confirm(c.id());
        serve(c.id(), "issueReturnNotice", QINGSHI_OFFICER, today());
        ProcessInstance p = process(c.id());

        reportReturn(c, QINGSHI_OFFICER);

        assertInRetentionMonitoring(c, p);
        assertThat(deadline(c.id(), DeadlineKind.RETURN_NOTICE).status()).isEqualTo(DeadlineStatus.CLOSED);
        assertThat(tasks(c.id(), "recordPersuasionVisit")).isEmpty();
    }

    @Test
    void aReturnDuringTheOrderToReturnEndsTheOrdersPeriod() {
        CaseView c = openQingshiCase();
        confirm(c.id());
        persuasionFails(c.id(), QINGSHI_OFFICER);
        serve(c.id(), "serveOrderToReturn", QINGSHI_OFFICER, today());
        ProcessInstance p = process(c.id());

        reportReturn(c, QINGSHI_OFFICER);

        assertInRetentionMonitoring(c, p);
        assertThat(deadline(c.id(), DeadlineKind.ORDER_TO_RETURN).status()).isEqualTo(DeadlineStatus.CLOSED);
    }

    @Test
    void aReturnBeforeThePenaltyDecisionLeavesNoFineToDecideOn() {
        CaseView c = qingshiCaseAtDecision();
        ProcessInstance p = process(c.id());

        reportReturn(c, LEGAL);

        assertThat(p).hasNotPassed("decideAfterReturn");
        assertInRetentionMonitoring(c, p);
        assertThat(deadline(c.id(), DeadlineKind.PENALTY_DECISION_LIMIT).status()).isEqualTo(DeadlineStatus.CLOSED);
    }

    @Test
    void aReturnAfterTheDecisionWasServedAsksWhatToDoWithTheFine() {
        CaseView c = qingshiCaseWithDecisionServed();
        ProcessInstance p = process(c.id());

        reportReturn(c, LEGAL);

        assertThat(p).isWaitingAt("decideAfterReturn");
        assertThat(task(c.id(), "decideAfterReturn")).hasCandidateGroup("bureau-legal:" + c.countyCode());
        assertThat(cases.getForProcess(c.id()).status()).isEqualTo(CaseStatus.RETURNED);
        assertThat(deadline(c.id(), DeadlineKind.FINE_PAYMENT).status()).isEqualTo(DeadlineStatus.CLOSED);
    }

    @ParameterizedTest
    @ValueSource(strings = {"FINE_PAID", "NOT_PURSUED"})
    void aFinePaidOrNotPursuedGoesOnToRetentionMonitoring(String action) {
        CaseView c = qingshiCaseWithDecisionServed();
        ProcessInstance p = process(c.id());
        reportReturn(c, LEGAL);

        complete(c.id(), "decideAfterReturn", LEGAL, "afterReturnAction", action, "note", "经集体讨论决定");

        assertThat(p).hasNotPassed("enforceFineOnly");
        assertInRetentionMonitoring(c, p);
    }

    @Test
    void notPursuingTheFineNeedsAReason() {
        CaseView c = qingshiCaseWithDecisionServed();
        reportReturn(c, LEGAL);

        assertThatThrownBy(() -> complete(c.id(), "decideAfterReturn", LEGAL, "afterReturnAction", "NOT_PURSUED"))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.errors()).extracting(cn.fanxiao.shared.FieldError::field).containsExactly("note"));
    }

    @Test
    void enforcingTheFineOnlyAddsTheCourtApplicationBeforeMonitoring() {
        CaseView c = qingshiCaseWithDecisionServed();
        ProcessInstance p = process(c.id());
        reportReturn(c, LEGAL);

        complete(c.id(), "decideAfterReturn", LEGAL, "afterReturnAction", "ENFORCE_FINE_ONLY");
        assertThat(p).isWaitingAt("enforceFineOnly");
        complete(c.id(), "enforceFineOnly", LEGAL, "filedOn", today(), "courtRuling", "ENFORCE", "ruledOn", today());

        assertInRetentionMonitoring(c, p);
    }

    @Test
    void aReturnDuringCourtEnforcementEndsTheFilingWindow() {
        CaseView c = qingshiCaseAtCourtEnforcement();
        ProcessInstance p = process(c.id());

        reportReturn(c, LEGAL);

        assertThat(p).isWaitingAt("decideAfterReturn");
        assertThat(deadline(c.id(), DeadlineKind.FILING_WINDOW).status()).isEqualTo(DeadlineStatus.CLOSED);
        complete(c.id(), "decideAfterReturn", LEGAL, "afterReturnAction", "FINE_PAID");
        assertInRetentionMonitoring(c, p);
    }

    @Test
    void aReturnDuringTheCivilSuitEndsTheSuitsFollowUps() {
        CaseView c = hekouCaseAtCivilSuit();
        complete(c.id(), "fileCivilComplaint", HEKOU_OFFICER, "filedOn", today());
        ProcessInstance p = process(c.id());

        reportReturn(c, HEKOU_OFFICER);

        assertInRetentionMonitoring(c, p);
        assertThat(deadline(c.id(), DeadlineKind.CIVIL_ACCEPTANCE).status()).isEqualTo(DeadlineStatus.CLOSED);
    }

    private void assertInRetentionMonitoring(CaseView c, ProcessInstance p) {
        assertThat(p).hasPassed("recordReturn", "startRetentionMonitoring").isWaitingAt("reviewRetention");
        CaseView returned = cases.getForProcess(c.id());
        assertThat(returned.status()).isEqualTo(CaseStatus.RETURNED);
        assertThat(returned.stage()).isEqualTo(Stage.RETENTION_MONITORING);
        assertThat(returned.returnedOn()).isEqualTo(LegalTime.today());
        assertThat(returned.retentionList()).isEqualTo(RetentionList.RED);
        assertThat(deadlines.forCase(c.id())).filteredOn(d -> d.status() == DeadlineStatus.OPEN)
                .extracting(d -> d.kind()).containsExactly(DeadlineKind.RETENTION_OBSERVATION);
        assertThat(task(c.id(), "reviewRetention").getDueDate())
                .isEqualTo(deadline(c.id(), DeadlineKind.RETENTION_OBSERVATION).expiresAt());
    }
}
