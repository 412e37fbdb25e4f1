package cn.fanxiao.enforcement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.history.HistoricVariableInstance;
import org.junit.jupiter.api.Test;

import cn.fanxiao.cases.CaseView;
import cn.fanxiao.deadlines.DeadlineKind;
import cn.fanxiao.shared.FieldError;
import cn.fanxiao.shared.InvalidInputException;
import cn.fanxiao.shared.NotFoundException;

/** The task list and the completion of tasks: who sees what, form validation, who is recorded. */
class TaskApiTest extends EnforcementTestSupport {

    @Test
    void eachUserSeesTheTasksOfTheirOwnGroupsWithCaseNumberAndFormFields() {
        CaseView c = openQingshiCase();

        assertThat(enforcement.tasksFor(TEACHER)).filteredOn(t -> c.id() == t.caseId()).singleElement()
                .satisfies(t -> {
                    assertThat(t.key()).isEqualTo("verifyDropout");
                    assertThat(t.name()).isEqualTo("核查疑似辍学");
                    assertThat(t.caseNumber()).isEqualTo(c.caseNumber());
                    assertThat(t.fields()).extracting(FormField::name).containsExactly("verification", "note");
                    assertThat(t.fields().get(0).options()).extracting(FormField.Option::value)
                            .containsExactly("CONFIRMED", "NOT_A_DROPOUT", "TRANSFERRED");
                });
        assertThat(enforcement.tasksFor(QINGSHI_OFFICER)).anyMatch(t -> c.id() == t.caseId());
        assertThat(enforcement.tasksFor(HEKOU_OFFICER)).noneMatch(t -> c.id() == t.caseId());
        assertThat(enforcement.tasksFor(LEGAL)).noneMatch(t -> c.id() == t.caseId());
        assertThat(enforcement.tasksFor(AUDITOR)).isEmpty();
        assertThat(enforcement.currentTasks(c.id())).extracting(EnforcementTask::key).containsExactly("verifyDropout");
    }

    @Test
    void aTaskOfAnotherJurisdictionCannotBeCompletedAndReadsAsNotFound() {
        CaseView c = openQingshiCase();
        String taskId = task(c.id(), "verifyDropout").getId();

        assertThatThrownBy(() -> enforcement.complete(taskId, form("verification", "CONFIRMED"), HEKOU_OFFICER))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> enforcement.complete(taskId, form("verification", "CONFIRMED"), AUDITOR))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> enforcement.complete("no-such-task", form(), LEGAL))
                .isInstanceOf(NotFoundException.class);
    }

    @Test
    void everyInvalidValueIsReportedWithItsFieldAndAChineseMessage() {
        CaseView c = openQingshiCase();
        confirm(c.id());
        persuasionFails(c.id(), QINGSHI_OFFICER);
        complete(c.id(), "signOrderToReturn", QINGSHI_OFFICER);
        String taskId = task(c.id(), "serveOrderToReturn").getId();

        assertThat(errors(taskId, form("periodDays", 0, "courtName", "x")))
                .extracting(FieldError::field).containsExactly("courtName", "periodDays");
        assertThat(errors(taskId, form("periodDays", "ten"))).extracting(FieldError::field)
                .containsExactly("periodDays");
        assertThat(process(c.id())).isNotNull();
        assertThat(task(c.id(), "serveOrderToReturn").getId()).isEqualTo(taskId);
    }

    @Test
    void aServiceTaskCannotBeCompletedBeforeItsDocumentIsServedAndNothingMoves() {
        CaseView c = openQingshiCase();
        confirm(c.id());
        persuasionFails(c.id(), QINGSHI_OFFICER);
        complete(c.id(), "signOrderToReturn", QINGSHI_OFFICER);
        String taskId = task(c.id(), "serveOrderToReturn").getId();

        assertThat(errors(taskId, form("periodDays", 10))).containsExactly(new FieldError("service",
                "《限期复学通知书》尚未送达：请先登记送达情况（送达方式、日期、送达人和证据），再完成此任务"));

        assertThat(task(c.id(), "serveOrderToReturn").getId()).isEqualTo(taskId);
        assertThat(deadlines.forCase(c.id())).noneMatch(d -> d.kind() == DeadlineKind.ORDER_TO_RETURN);
    }

    @Test
    void aNoticeThatCannotBeSignedLeavesTheSigningTaskOpenNamingTheField() {
        CaseView c = openQingshiCase();
        confirm(c.id());
        persuasionFails(c.id(), QINGSHI_OFFICER);
        String taskId = task(c.id(), "signOrderToReturn").getId();

        assertThat(errors(taskId, form("details", java.util.Map.of("returnBy", "2026/10/08"))))
                .extracting(FieldError::field).containsExactly("details.returnBy");
        assertThat(errors(taskId, form("details", "not an object"))).extracting(FieldError::field)
                .containsExactly("details");

        assertThat(task(c.id(), "signOrderToReturn").getId()).isEqualTo(taskId);
        assertThat(notices.inForce(c.id(), cn.fanxiao.documents.DocumentType.ORDER_TO_RETURN)).isEmpty();
        complete(c.id(), "signOrderToReturn", QINGSHI_OFFICER);
        assertThat(notices.inForce(c.id(), cn.fanxiao.documents.DocumentType.ORDER_TO_RETURN)).isPresent();
        org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat(process(c.id())).isWaitingAt("serveOrderToReturn");
    }

    @Test
    void unknownChoicesAndConditionallyRequiredValuesAreRejected() {
        CaseView c = qingshiCaseAtDecision();
        String taskId = task(c.id(), "decidePenalty").getId();

        assertThat(errors(taskId, form("penaltyDecision", "FINE", "decidedOn", today()), LEGAL)).extracting(FieldError::message)
                .containsExactly("处罚决定的取值无效：FINE");
        assertThat(errors(taskId, form("penaltyDecision", "PENALISE", "decidedOn", today()), LEGAL))
                .containsExactly(new FieldError("fineAmount", "请填写罚款金额（元）"));
        assertThat(errors(taskId, form("penaltyDecision", "PENALISE", "decidedOn", today(), "fineAmount", "-5"), LEGAL))
                .extracting(FieldError::field).containsExactly("fineAmount");
        assertThat(errors(taskId, form("penaltyDecision", "PENALISE", "decidedOn", today(), "fineAmount", "10.005"), LEGAL))
                .extracting(FieldError::field).containsExactly("fineAmount");
    }

    @Test
    void completingClaimsTheTaskSoHistoryRecordsWhoAndWhatWasEntered() {
        CaseView c = openQingshiCase();
        confirm(c.id());
        complete(c.id(), "signReturnNotice", QINGSHI_OFFICER);
        String taskId = task(c.id(), "issueReturnNotice").getId();

        serve(c.id(), "issueReturnNotice", QINGSHI_OFFICER, today());

        assertThat(history.createHistoricTaskInstanceQuery().taskId(taskId).singleResult().getAssignee())
                .isEqualTo("qingshi");
        List<HistoricVariableInstance> entered = history.createHistoricVariableInstanceQuery().taskIdIn(taskId).list();
        assertThat(entered).extracting(HistoricVariableInstance::getName, HistoricVariableInstance::getValue)
                .contains(org.assertj.core.groups.Tuple.tuple("servedOn", today()));
        assertThat(history.createUserOperationLogQuery().taskId(taskId).operationType("Complete").singleResult()
                .getUserId()).isEqualTo("qingshi");
        assertThat(published(EnforcementEvents.TaskCompleted.class)).filteredOn(e -> e.caseId() == c.id())
                .extracting(EnforcementEvents.TaskCompleted::auditSummary)
                .contains("完成任务：审核并签发入学（复学）通知书", "完成任务：送达入学（复学）通知书");
    }

    @Test
    void theVisitOfAVisitTaskIsRecordedAsTheUserWhoCompletedIt() {
        CaseView c = openQingshiCase();
        confirm(c.id());
        moveTo(START.toInstant().plus(java.time.Duration.ofDays(30)));

        complete(c.id(), "recordPersuasionVisit", QINGSHI_OFFICER, PersuasionTest.visitForm());

        assertThat(cases.visits(c.id(), QINGSHI_OFFICER)).singleElement()
                .satisfies(v -> assertThat(v.recordedBy()).isEqualTo("qingshi"));
    }

    @Test
    void aVisitTheCaseFileRefusesIsReportedAsInvalidInputAndNothingIsCompleted() {
        CaseView c = openQingshiCase();
        confirm(c.id());
        moveTo(START.toInstant().plus(java.time.Duration.ofDays(30)));
        Object[] beforeDropout = PersuasionTest.visitForm();
        beforeDropout[1] = START.toLocalDate().minusDays(60).atTime(10, 0).toString();

        assertThatThrownBy(() -> complete(c.id(), "recordPersuasionVisit", QINGSHI_OFFICER, beforeDropout))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.errors()).extracting(FieldError::field).containsExactly("visitedAt"));
        assertThat(tasks(c.id(), "recordPersuasionVisit")).hasSize(1);
    }

    private List<FieldError> errors(String taskId, Map<String, Object> form) {
        return errors(taskId, form, QINGSHI_OFFICER);
    }

    private List<FieldError> errors(String taskId, Map<String, Object> form, cn.fanxiao.accounts.CurrentUser user) {
        try {
            enforcement.complete(taskId, form, user);
        } catch (InvalidInputException e) {
            return e.errors();
        }
        throw new AssertionError("accepted: " + form);
    }
}
