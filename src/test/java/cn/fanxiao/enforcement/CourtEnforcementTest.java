package cn.fanxiao.enforcement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.Test;

import cn.fanxiao.cases.CaseStatus;
import cn.fanxiao.cases.CaseView;
import cn.fanxiao.cases.ClosureReason;
import cn.fanxiao.deadlines.Deadline;
import cn.fanxiao.deadlines.DeadlineKind;
import cn.fanxiao.deadlines.DeadlineStatus;

/** Step 4a, 申请法院强制执行 (非诉执行): demand letter, the 10 working days, the filing window, the ruling. */
class CourtEnforcementTest extends EnforcementTestSupport {

    @Test
    void theCourtIsAppliedToOnlyAfterTheDemandLetterWaitThenTheRulingGoesToClosureApproval() {
        CaseView c = qingshiCaseAtCourtEnforcement();
        ProcessInstance p = process(c.id());

        serve(c.id(), "serveDemandLetter", LEGAL, today());
        Deadline wait = deadline(c.id(), DeadlineKind.DEMAND_LETTER_WAIT);
        assertThat(p).isWaitingAt("demandLetterWaitOver");
        assertThat(tasks(c.id(), "applyToCourt")).isEmpty();

        moveTo(wait.expiresAt());
        assertThat(deadline(c.id(), DeadlineKind.DEMAND_LETTER_WAIT).status()).isEqualTo(DeadlineStatus.EXPIRED);
        Deadline filing = deadline(c.id(), DeadlineKind.FILING_WINDOW);
        assertThat(task(c.id(), "applyToCourt").getDueDate()).isEqualTo(filing.expiresAt());
        assertThat(task(c.id(), "applyToCourt").getFollowUpDate()).isEqualTo(filing.remindAt(2));

        complete(c.id(), "applyToCourt", LEGAL, "filedOn", today(), "court", "示范县人民法院");
        assertThat(deadline(c.id(), DeadlineKind.FILING_WINDOW).status()).isEqualTo(DeadlineStatus.CLOSED);
        assertThat(deadline(c.id(), DeadlineKind.COURT_RULING).status()).isEqualTo(DeadlineStatus.OPEN);

        complete(c.id(), "recordCourtRuling", LEGAL, "courtRuling", "ENFORCE", "ruledOn", today());
        assertThat(deadline(c.id(), DeadlineKind.COURT_RULING).status()).isEqualTo(DeadlineStatus.CLOSED);
        assertThat(p).hasPassed("courtRuled").isWaitingAt("approveClosure");

        complete(c.id(), "approveClosure", LEGAL, "closureReason", "OTHER", "closureNote", "法院裁定准予执行，已移交执行");
        assertThat(p).isEnded();
        assertThat(cases.getForProcess(c.id()).status()).isEqualTo(CaseStatus.CLOSED);
        assertThat(cases.getForProcess(c.id()).closureReason()).isEqualTo(ClosureReason.OTHER);
    }

    @Test
    void theFilingWindowRemindsAndThenAlarmsWhateverTaskOfTheStepIsOpen() {
        CaseView c = qingshiCaseAtCourtEnforcement();
        Deadline filing = deadline(c.id(), DeadlineKind.FILING_WINDOW);

        moveTo(filing.remindAt(2));
        assertThat(published(EnforcementEvents.DeadlineReminder.class)).extracting(EnforcementEvents.DeadlineReminder::kind)
                .contains(DeadlineKind.FILING_WINDOW);
        assertThat(process(c.id())).isWaitingAt("signDemandLetter");

        moveTo(filing.expiresAt());
        assertThat(published(EnforcementEvents.DeadlineBreached.class)).extracting(EnforcementEvents.DeadlineBreached::kind)
                .containsExactly(DeadlineKind.FILING_WINDOW);
        assertThat(deadline(c.id(), DeadlineKind.FILING_WINDOW).status()).isEqualTo(DeadlineStatus.EXPIRED);
        assertThat(process(c.id())).isWaitingAt("signDemandLetter");
    }

    @Test
    void aFiledApplicationSilencesTheFilingWindowsTimers() {
        CaseView c = qingshiCaseAtCourtEnforcement();
        serve(c.id(), "serveDemandLetter", LEGAL, today());
        moveTo(deadline(c.id(), DeadlineKind.DEMAND_LETTER_WAIT).expiresAt());
        complete(c.id(), "applyToCourt", LEGAL, "filedOn", today());
        Deadline filing = deadline(c.id(), DeadlineKind.FILING_WINDOW);
        events.clear();

        moveTo(filing.expiresAt());

        assertThat(published(EnforcementEvents.DeadlineBreached.class)).isEmpty();
        assertThat(published(EnforcementEvents.DeadlineReminder.class)).extracting(EnforcementEvents.DeadlineReminder::kind)
                .doesNotContain(DeadlineKind.FILING_WINDOW);
        assertThat(deadline(c.id(), DeadlineKind.FILING_WINDOW).status()).isEqualTo(DeadlineStatus.CLOSED);
    }

    @Test
    void aCourtSlowToRuleTriggersAFollowUpReminder() {
        CaseView c = qingshiCaseAtCourtEnforcement();
        serve(c.id(), "serveDemandLetter", LEGAL, today());
        moveTo(deadline(c.id(), DeadlineKind.DEMAND_LETTER_WAIT).expiresAt());
        complete(c.id(), "applyToCourt", LEGAL, "filedOn", today());
        Deadline ruling = deadline(c.id(), DeadlineKind.COURT_RULING);

        moveTo(ruling.expiresAt());

        assertThat(published(EnforcementEvents.DeadlineReminder.class)).extracting(EnforcementEvents.DeadlineReminder::kind)
                .contains(DeadlineKind.COURT_RULING);
        assertThat(process(c.id())).isWaitingAt("recordCourtRuling");
    }
}
