package cn.fanxiao.enforcement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.Test;

import cn.fanxiao.cases.CaseView;
import cn.fanxiao.deadlines.DeadlineKind;
import cn.fanxiao.deadlines.DeadlineStatus;

/** Step 4b, 民事诉讼: complaint, acceptance, mediation or judgment; the court's periods are followed up. */
class CivilSuitTest extends EnforcementTestSupport {

    @Test
    void theSuitRunsFromComplaintToOutcomeWithFollowUpsWhenTheCourtIsSlow() {
        CaseView c = hekouCaseAtCivilSuit();
        ProcessInstance p = process(c.id());

        complete(c.id(), "fileCivilComplaint", HEKOU_OFFICER, "filedOn", today(), "court", "示范县人民法院");
        moveTo(deadline(c.id(), DeadlineKind.CIVIL_ACCEPTANCE).expiresAt());
        assertThat(published(EnforcementEvents.DeadlineReminder.class)).extracting(EnforcementEvents.DeadlineReminder::kind)
                .contains(DeadlineKind.CIVIL_ACCEPTANCE);
        assertThat(p).isWaitingAt("recordCourtAcceptance");

        complete(c.id(), "recordCourtAcceptance", HEKOU_OFFICER, "acceptedOn", today());
        assertThat(deadline(c.id(), DeadlineKind.CIVIL_ACCEPTANCE).status()).isEqualTo(DeadlineStatus.CLOSED);
        moveTo(deadline(c.id(), DeadlineKind.CIVIL_TRIAL).expiresAt());
        assertThat(published(EnforcementEvents.DeadlineReminder.class)).extracting(EnforcementEvents.DeadlineReminder::kind)
                .contains(DeadlineKind.CIVIL_TRIAL);

        complete(c.id(), "recordCivilOutcome", HEKOU_OFFICER, "civilOutcome", "JUDGMENT", "decidedOn", today());
        assertThat(deadline(c.id(), DeadlineKind.CIVIL_TRIAL).status()).isEqualTo(DeadlineStatus.CLOSED);
        assertThat(p).hasPassed("civilSuitConcluded").isWaitingAt("approveClosure");
    }

    @Test
    void aWithdrawnSuitAlsoGoesToClosureApproval() {
        CaseView c = hekouCaseAtCivilSuit();
        complete(c.id(), "fileCivilComplaint", HEKOU_OFFICER, "filedOn", today());
        complete(c.id(), "recordCourtAcceptance", HEKOU_OFFICER, "acceptedOn", today());

        complete(c.id(), "recordCivilOutcome", HEKOU_OFFICER, "civilOutcome", "WITHDRAWN", "decidedOn", today(),
                "note", "监护人承诺送子女返校");

        assertThat(process(c.id())).isWaitingAt("approveClosure");
    }
}
