package cn.fanxiao.enforcement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import java.time.Duration;
import java.time.LocalDate;

import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.Test;

import cn.fanxiao.cases.CaseStatus;
import cn.fanxiao.cases.CaseView;
import cn.fanxiao.cases.ClosureReason;
import cn.fanxiao.cases.RetentionList;
import cn.fanxiao.cases.Stage;
import cn.fanxiao.deadlines.Deadline;
import cn.fanxiao.deadlines.DeadlineKind;
import cn.fanxiao.deadlines.LegalTime;
import cn.fanxiao.demo.DemoCounty;
import cn.fanxiao.shared.ConflictException;

/** 保学 after a return: red-list contacts, the list review, the end of observation, and relapse. */
class RetentionMonitoringTest extends EnforcementTestSupport {

    @Test
    void redListFamiliesAreContactedEachIntervalAndTheObservationEndClosesTheCaseAsReturned() {
        CaseView c = openQingshiCase();
        reportReturn(c, TEACHER);
        ProcessInstance p = process(c.id());
        Deadline observation = deadline(c.id(), DeadlineKind.RETENTION_OBSERVATION);

        moveTo(LegalTime.now().plus(Duration.ofDays(30)));
        assertThat(task(c.id(), "contactRedListFamily"))
                .hasCandidateGroup("school-staff:" + DemoCounty.QINGSHI_SCHOOL)
                .hasCandidateGroup("township-officer:" + DemoCounty.QINGSHI);
        complete(c.id(), "contactRedListFamily", TEACHER, "contactedOn", today(), "method", "PHONE",
                "note", "学生按时到校");
        assertThat(tasks(c.id(), "contactRedListFamily")).isEmpty();

        moveTo(observation.expiresAt());

        assertThat(p).hasPassed("retentionObservationEnded", "closeAsReturned").isEnded();
        CaseView closed = cases.getForProcess(c.id());
        assertThat(closed.status()).isEqualTo(CaseStatus.CLOSED);
        assertThat(closed.closureReason()).isEqualTo(ClosureReason.RETURNED);
    }

    @Test
    void movingToTheWhiteListIsRecordedAndEndsTheRedListContacts() {
        CaseView c = openQingshiCase();
        reportReturn(c, TEACHER);
        String firstReview = task(c.id(), "reviewRetention").getId();

        complete(c.id(), "reviewRetention", QINGSHI_OFFICER, "retentionList", "WHITE", "note", "连续两月全勤，学校与乡镇签认");

        assertThat(cases.getForProcess(c.id()).retentionList()).isEqualTo(RetentionList.WHITE);
        assertThat(history.createHistoricTaskInstanceQuery().taskId(firstReview).singleResult().getAssignee())
                .isEqualTo("qingshi");
        assertThat(task(c.id(), "reviewRetention").getId()).as("a fresh review opens").isNotEqualTo(firstReview);

        moveTo(LegalTime.now().plus(Duration.ofDays(31)));
        assertThat(tasks(c.id(), "contactRedListFamily")).isEmpty();
        assertThat(process(c.id())).hasPassed("noContactNeeded");
    }

    @Test
    void aRelapseClosesTheCaseAndOpensALinkedCaseWithItsOwnProcess() {
        CaseView c = openQingshiCase();
        reportReturn(c, TEACHER);
        ProcessInstance p = process(c.id());
        moveTo(LegalTime.now().plus(Duration.ofDays(40)));
        LocalDate droppedAgain = LegalTime.today().minusDays(3);

        enforcement.reportRelapse(c.id(), droppedAgain, QINGSHI_OFFICER);

        assertThat(p).hasPassed("relapseReported", "openRelapseCase").isEnded();
        CaseView old = cases.getForProcess(c.id());
        assertThat(old.status()).isEqualTo(CaseStatus.CLOSED);
        assertThat(old.closureReason()).isEqualTo(ClosureReason.RELAPSED);
        CaseView relapse = cases.search(new cn.fanxiao.cases.CaseSearch(null, null, CaseStatus.OPEN, null, null, 0, 500),
                        LEGAL).stream()
                .filter(s -> s.dropoutDate().equals(droppedAgain))
                .map(s -> cases.getForProcess(s.id()))
                .filter(v -> c.id() == (v.previousCaseId() == null ? -1 : v.previousCaseId()))
                .findFirst().orElseThrow();
        track(relapse.id());
        assertThat(relapse.stage()).isEqualTo(Stage.VERIFICATION);
        ProcessInstance next = process(relapse.id());
        assertThat(next).isWaitingAt("verifyDropout");
        assertThat(next.getBusinessKey()).isEqualTo(relapse.caseNumber());
    }

    @Test
    void aRelapseOutsideRetentionMonitoringIsAConflict() {
        CaseView c = openQingshiCase();

        assertThatThrownBy(() -> enforcement.reportRelapse(c.id(), LegalTime.today(), QINGSHI_OFFICER))
                .isInstanceOf(ConflictException.class);
        assertThat(process(c.id())).isWaitingAt("verifyDropout");
    }
}
