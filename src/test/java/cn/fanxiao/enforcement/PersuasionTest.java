package cn.fanxiao.enforcement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.Test;

import cn.fanxiao.cases.CaseView;
import cn.fanxiao.cases.Stage;
import cn.fanxiao.cases.Visit;
import cn.fanxiao.cases.VisitData;
import cn.fanxiao.cases.VisitMethod;
import cn.fanxiao.cases.VisitOutcome;
import cn.fanxiao.deadlines.Deadline;
import cn.fanxiao.deadlines.DeadlineKind;
import cn.fanxiao.deadlines.DeadlineStatus;
import cn.fanxiao.deadlines.LegalTime;
import cn.fanxiao.demo.DemoCounty;

/** Step 1, 宣传教育: the return notice's deadline and the monthly home visits. */
class PersuasionTest extends EnforcementTestSupport {

    @Test
    void servingTheReturnNoticeStartsItsDeadlineAndTheProcessWaitsForIt() {
        CaseView c = openQingshiCase();
        confirm(c.id());

        serve(c.id(), "issueReturnNotice", QINGSHI_OFFICER, today());

        Deadline notice = deadline(c.id(), DeadlineKind.RETURN_NOTICE);
        assertThat(notice.triggerDate()).isEqualTo(LegalTime.today());
        assertThat(notice.status()).isEqualTo(DeadlineStatus.OPEN);
        ProcessInstance p = process(c.id());
        assertThat(p).isWaitingAt("awaitReturnNoticeDeadline");
        assertThat(p).variables().containsEntry("returnNoticeExpiresAt", notice.expiresAt());
    }

    @Test
    void aReminderFiresBeforeTheReturnNoticeExpiresWithoutLeavingTheStep() {
        CaseView c = openQingshiCase();
        confirm(c.id());
        serve(c.id(), "issueReturnNotice", QINGSHI_OFFICER, today());
        Deadline notice = deadline(c.id(), DeadlineKind.RETURN_NOTICE);

        moveTo(notice.remindAt(2));

        assertThat(published(EnforcementEvents.DeadlineReminder.class))
                .containsExactly(new EnforcementEvents.DeadlineReminder(c.id(), DeadlineKind.RETURN_NOTICE, notice.dueDate()));
        assertThat(process(c.id())).isWaitingAt("awaitReturnNoticeDeadline");
        assertThat(deadline(c.id(), DeadlineKind.RETURN_NOTICE).status()).isEqualTo(DeadlineStatus.OPEN);
    }

    @Test
    void anExpiredReturnNoticeEscalatesToTheOrderToReturn() {
        CaseView c = openQingshiCase();
        confirm(c.id());
        ProcessInstance p = process(c.id());

        persuasionFails(c.id(), QINGSHI_OFFICER);

        assertThat(deadline(c.id(), DeadlineKind.RETURN_NOTICE).status()).isEqualTo(DeadlineStatus.EXPIRED);
        assertThat(p).hasPassed("returnNoticeReminder", "expireReturnNotice", "persuasionEscalated")
                .isWaitingAt("signOrderToReturn");
        assertThat(cases.getForProcess(c.id()).stage()).isEqualTo(Stage.ORDER_TO_RETURN);
    }

    @Test
    void aHomeVisitTaskAppearsEachIntervalAndItsVisitGoesIntoTheCaseFile() {
        CaseView c = openQingshiCase();
        confirm(c.id());
        assertThat(tasks(c.id(), "recordPersuasionVisit")).isEmpty();

        moveTo(LegalTime.now().plus(java.time.Duration.ofDays(30)));

        assertThat(task(c.id(), "recordPersuasionVisit"))
                .hasCandidateGroup("township-officer:" + DemoCounty.QINGSHI)
                .hasCandidateGroup("school-staff:" + DemoCounty.QINGSHI_SCHOOL);
        complete(c.id(), "recordPersuasionVisit", TEACHER, visitForm());

        assertThat(tasks(c.id(), "recordPersuasionVisit")).isEmpty();
        assertThat(cases.visits(c.id(), TEACHER)).singleElement().satisfies(v -> {
            assertThat(v.recordedBy()).isEqualTo("teacher");
            assertThat(v.place()).isEqualTo("学生家中");
            assertThat(v.outcome()).isEqualTo(VisitOutcome.REFUSED);
        });
        assertThat(process(c.id())).isWaitingAt("signReturnNotice");

        moveTo(LegalTime.now().plus(java.time.Duration.ofDays(30)));
        assertThat(tasks(c.id(), "recordPersuasionVisit")).hasSize(1);
    }

    @Test
    void aVisitRecordedOnTheCaseCompletesTheOpenVisitTaskWithoutRecordingItTwice() {
        CaseView c = openQingshiCase();
        confirm(c.id());
        moveTo(LegalTime.now().plus(java.time.Duration.ofDays(30)));
        String taskId = task(c.id(), "recordPersuasionVisit").getId();

        Visit visit = cases.recordVisit(c.id(), new VisitData(LegalTime.now().minusSeconds(3600), "村委会",
                VisitMethod.IN_PERSON, "李青", "父亲", "外出务工", VisitOutcome.UNDECIDED, null, null), QINGSHI_OFFICER);

        assertThat(tasks(c.id(), "recordPersuasionVisit")).isEmpty();
        assertThat(cases.visits(c.id(), QINGSHI_OFFICER)).extracting(Visit::id).containsExactly(visit.id());
        var done = history.createHistoricTaskInstanceQuery().taskId(taskId).singleResult();
        assertThat(done.getAssignee()).isEqualTo("qingshi");
        assertThat(history.createHistoricVariableInstanceQuery().taskIdIn(taskId).variableName("visitId")
                .singleResult().getValue()).isEqualTo(visit.id());
    }

    @Test
    void escalationCancelsAVisitTaskStillOpenInStepOne() {
        CaseView c = openQingshiCase();
        confirm(c.id());
        moveTo(LegalTime.now().plus(java.time.Duration.ofDays(30)));
        assertThat(tasks(c.id(), "recordPersuasionVisit")).hasSize(1);

        persuasionFails(c.id(), QINGSHI_OFFICER);

        assertThat(tasks(c.id(), "recordPersuasionVisit")).isEmpty();
        assertThat(process(c.id())).isWaitingAt("signOrderToReturn");
    }

    static Object[] visitForm() {
        return new Object[] {"visitedAt", LegalTime.now().minusSeconds(7200).atZone(LegalTime.ZONE).toLocalDateTime()
                .withSecond(0).withNano(0).toString(),
                "place", "学生家中", "method", "IN_PERSON", "participants", "陈老师、李青", "personsMet", "父亲",
                "reasonAnalysis", "随父外出务工", "outcome", "REFUSED"};
    }
}
