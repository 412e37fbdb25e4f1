package cn.fanxiao.enforcement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.Test;

import cn.fanxiao.cases.CaseView;
import cn.fanxiao.cases.Stage;
import cn.fanxiao.deadlines.Deadline;
import cn.fanxiao.deadlines.DeadlineKind;
import cn.fanxiao.deadlines.DeadlineStatus;
import cn.fanxiao.deadlines.LegalTime;

/** Step 3, 行政处罚: the 90-day limit, the party's rights, the decision and its service, the remedy windows. */
class PenaltyTest extends EnforcementTestSupport {

    @Test
    void theDecisionLimitRemindsAtDay75AndRaisesABreachAlarmAtDay90WithoutStoppingTheCase() {
        CaseView c = qingshiCaseAtPenalty();
        complete(c.id(), "openPenaltyCase", LEGAL, "openedOn", today());
        Deadline limit = deadline(c.id(), DeadlineKind.PENALTY_DECISION_LIMIT);
        assertThat(limit.amount()).isEqualTo(90);
        events.clear();

        moveTo(limit.remindAt(15));
        assertThat(published(EnforcementEvents.DeadlineReminder.class)).extracting(EnforcementEvents.DeadlineReminder::kind)
                .containsExactly(DeadlineKind.PENALTY_DECISION_LIMIT);
        assertThat(process(c.id())).isWaitingAt("signPriorNotice");

        moveTo(limit.expiresAt());
        assertThat(published(EnforcementEvents.DeadlineBreached.class))
                .containsExactly(new EnforcementEvents.DeadlineBreached(c.id(), DeadlineKind.PENALTY_DECISION_LIMIT,
                        limit.dueDate()));
        assertThat(deadline(c.id(), DeadlineKind.PENALTY_DECISION_LIMIT).status()).isEqualTo(DeadlineStatus.EXPIRED);
        assertThat(process(c.id())).isWaitingAt("signPriorNotice");
    }

    @Test
    void servingThePriorNoticeOpensTheStatementAndHearingWindowsAndTheTaskIsDueAtTheLaterEnd() {
        CaseView c = qingshiCaseAtPenalty();
        complete(c.id(), "openPenaltyCase", LEGAL, "openedOn", today());

        serve(c.id(), "servePriorNotice", LEGAL, today());

        Deadline statement = deadline(c.id(), DeadlineKind.STATEMENT_WINDOW);
        Deadline hearing = deadline(c.id(), DeadlineKind.HEARING_REQUEST);
        assertThat(statement.status()).isEqualTo(DeadlineStatus.OPEN);
        assertThat(hearing.status()).isEqualTo(DeadlineStatus.OPEN);
        java.util.Date later = statement.expiresAt().after(hearing.expiresAt()) ? statement.expiresAt() : hearing.expiresAt();
        assertThat(task(c.id(), "handleStatement").getDueDate()).isEqualTo(later);
    }

    @Test
    void silenceUntilTheStatementWindowEndsCountsAsWaiver() {
        CaseView c = qingshiCaseAtPenalty();
        complete(c.id(), "openPenaltyCase", LEGAL, "openedOn", today());
        serve(c.id(), "servePriorNotice", LEGAL, today());
        ProcessInstance p = process(c.id());

        moveTo(task(c.id(), "handleStatement").getDueDate());

        assertThat(p).hasPassed("statementWindowLapsed", "treatStatementAsWaived").hasNotPassed("holdHearing")
                .isWaitingAt("decidePenalty");
        assertThat(p).variables().containsEntry("statementOutcome", "WAIVED");
        assertThat(deadline(c.id(), DeadlineKind.STATEMENT_WINDOW).status()).isEqualTo(DeadlineStatus.EXPIRED);
        assertThat(deadline(c.id(), DeadlineKind.HEARING_REQUEST).status()).isEqualTo(DeadlineStatus.EXPIRED);
    }

    @Test
    void aStatementHeardInTimeClosesTheWindowsAndGoesToTheDecision() {
        CaseView c = qingshiCaseAtDecision();

        assertThat(process(c.id())).hasNotPassed("holdHearing").isWaitingAt("decidePenalty");
        assertThat(deadline(c.id(), DeadlineKind.STATEMENT_WINDOW).status()).isEqualTo(DeadlineStatus.CLOSED);
        assertThat(deadline(c.id(), DeadlineKind.HEARING_REQUEST).status()).isEqualTo(DeadlineStatus.CLOSED);
    }

    @Test
    void aRequestedHearingIsHeldBeforeTheDecision() {
        CaseView c = qingshiCaseAtPenalty();
        complete(c.id(), "openPenaltyCase", LEGAL, "openedOn", today());
        serve(c.id(), "servePriorNotice", LEGAL, today());

        complete(c.id(), "handleStatement", LEGAL, "statementOutcome", "HEARING_REQUESTED");
        assertThat(process(c.id())).isWaitingAt("holdHearing");
        complete(c.id(), "holdHearing", LEGAL, "heldOn", today(), "note", "当事人到场陈述");

        assertThat(process(c.id())).isWaitingAt("decidePenalty");
    }

    @Test
    void noPenaltyUnderArticle33GoesToClosureApproval() {
        CaseView c = qingshiCaseAtDecision();
        ProcessInstance p = process(c.id());

        complete(c.id(), "decidePenalty", LEGAL, "penaltyDecision", "NO_PENALTY", "decidedOn", today(),
                "note", "初次违法且已改正");

        assertThat(p).hasPassed("closedWithoutPenalty").hasNotPassed("servePenaltyDecision").isWaitingAt("approveClosure");
        assertThat(deadline(c.id(), DeadlineKind.PENALTY_DECISION_LIMIT).status()).isEqualTo(DeadlineStatus.CLOSED);
        assertThat(deadlines.forCase(c.id())).noneMatch(d -> d.kind() == DeadlineKind.DECISION_SERVICE);
    }

    @Test
    void aPenaltyMustBeServedWithinSevenWorkingDaysOrAnAlarmIsRaised() {
        CaseView c = qingshiCaseAtDecision();
        complete(c.id(), "decidePenalty", LEGAL, "penaltyDecision", "PENALISE", "decidedOn", today(),
                "fineAmount", "500.50");
        Deadline service = deadline(c.id(), DeadlineKind.DECISION_SERVICE);
        assertThat(task(c.id(), "signPenaltyDecision").getDueDate()).isEqualTo(service.expiresAt());

        moveTo(service.expiresAt());

        assertThat(published(EnforcementEvents.DeadlineBreached.class)).extracting(EnforcementEvents.DeadlineBreached::kind)
                .containsExactly(DeadlineKind.DECISION_SERVICE);
        assertThat(process(c.id())).isWaitingAt("signPenaltyDecision");

        // signed and served late: the service task's own alarm finds the deadline already breached, no second alarm
        serve(c.id(), "servePenaltyDecision", LEGAL, today());
        assertThat(published(EnforcementEvents.DeadlineBreached.class)).extracting(EnforcementEvents.DeadlineBreached::kind)
                .containsExactly(DeadlineKind.DECISION_SERVICE);
        assertThat(process(c.id())).isWaitingAt("awaitRemedyWindows");
    }

    @Test
    void afterServiceTheFineAndReconsiderationMilestonesPassAndTheLawsuitWindowsEndLeadsToCourtEnforcement() {
        CaseView c = qingshiCaseWithDecisionServed();
        ProcessInstance p = process(c.id());
        assertThat(p).isWaitingAt("awaitRemedyWindows");
        assertThat(p).variables().containsEntry("penaltyDecisionServed", true);
        assertThat(deadline(c.id(), DeadlineKind.DECISION_SERVICE).status()).isEqualTo(DeadlineStatus.CLOSED);

        moveTo(deadline(c.id(), DeadlineKind.FINE_PAYMENT).expiresAt());
        assertThat(deadline(c.id(), DeadlineKind.FINE_PAYMENT).status()).isEqualTo(DeadlineStatus.EXPIRED);
        assertThat(p).isWaitingAt("awaitRemedyWindows");

        moveTo(deadline(c.id(), DeadlineKind.RECONSIDERATION_WINDOW).expiresAt());
        assertThat(deadline(c.id(), DeadlineKind.RECONSIDERATION_WINDOW).status()).isEqualTo(DeadlineStatus.EXPIRED);
        assertThat(p).isWaitingAt("awaitRemedyWindows");

        Deadline lawsuit = deadline(c.id(), DeadlineKind.LAWSUIT_WINDOW);
        moveTo(lawsuit.expiresAt());
        assertThat(deadline(c.id(), DeadlineKind.LAWSUIT_WINDOW).status()).isEqualTo(DeadlineStatus.EXPIRED);
        Deadline filing = deadline(c.id(), DeadlineKind.FILING_WINDOW);
        assertThat(filing.triggerDate()).isEqualTo(lawsuit.dueDate());
        assertThat(filing.status()).isEqualTo(DeadlineStatus.OPEN);
        assertThat(p).hasPassed("finePaymentDue", "reconsiderationWindowEnded", "lawsuitWindowEnded", "openFilingWindow")
                .isWaitingAt("signDemandLetter");
        assertThat(cases.getForProcess(c.id()).stage()).isEqualTo(Stage.NON_LITIGATION_ENFORCEMENT);
    }
}
