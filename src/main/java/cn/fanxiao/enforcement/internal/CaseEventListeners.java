package cn.fanxiao.enforcement.internal;

import java.util.HashMap;
import java.util.Map;

import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import cn.fanxiao.cases.CaseEvents;
import cn.fanxiao.enforcement.process.ProcessVariables;
import cn.fanxiao.enforcement.process.RecordPersuasionVisit;

/**
 * The process reacts to the case file. Plain {@link EventListener}s: they run in the transaction that changed the
 * case, so a case and its process commit or fail together.
 */
@Component
class CaseEventListeners {

    static final String VISIT_TASK = "recordPersuasionVisit";

    private final RuntimeService runtime;
    private final TaskService tasks;
    private final EngineAuthentication authentication;
    private final ProcessMessages messages;
    private final RecordPersuasionVisit visitTask;

    CaseEventListeners(RuntimeService runtime, TaskService tasks, EngineAuthentication authentication,
                       ProcessMessages messages,
                       RecordPersuasionVisit visitTask) {
        this.runtime = runtime;
        this.tasks = tasks;
        this.authentication = authentication;
        this.messages = messages;
        this.visitTask = visitTask;
    }

    @EventListener
    void on(CaseEvents.CaseOpened event) {
        Map<String, Object> variables = new HashMap<>();
        variables.put(ProcessVariables.CASE_ID, event.caseId());
        variables.put(ProcessVariables.COUNTY_CODE, event.countyCode());
        variables.put(ProcessVariables.TOWNSHIP_CODE, event.townshipCode());
        variables.put(ProcessVariables.SCHOOL_CODE, event.schoolCode());
        variables.put(ProcessVariables.PENALTY_DECISION_SERVED, false);
        runtime.startProcessInstanceByKey(ProcessVariables.PROCESS_KEY, event.caseNumber(), variables);
    }

    @EventListener
    void on(CaseEvents.ReturnReported event) {
        messages.deliver(ProcessVariables.CHILD_RETURNED, event.caseId(), Map.of(
                        ProcessVariables.RETURNED_ON, event.returnedOn().toString(),
                        ProcessVariables.RETURNED_SCHOOL_CODE, event.schoolCode(),
                        ProcessVariables.ACTOR, event.actor()),
                "案件当前环节不能登记复学（可能已复学或已结案）");
    }

    @EventListener
    void on(CaseEvents.ClosureRequested event) {
        Map<String, Object> variables = new HashMap<>();
        variables.put(ProcessVariables.CLOSURE_REASON, event.reason().name());
        variables.put(ProcessVariables.CLOSURE_NOTE, event.note());
        variables.put(ProcessVariables.ACTOR, event.actor());
        messages.deliver(ProcessVariables.CLOSURE_REQUESTED, event.caseId(), variables, "案件流程已结束，不能再申请结案");
    }

    /**
     * A visit recorded on the case fulfils the visit the process asked for: its open visit tasks are completed
     * with the visit's id (so the task records nothing again). A visit recorded by the task itself is skipped.
     */
    @EventListener
    void on(CaseEvents.VisitRecorded event) {
        if (visitTask.isRecordingFromTask()) {
            return;
        }
        authentication.runAs(event.actor(), () -> {
            for (Task task : tasks.createTaskQuery()
                    .processDefinitionKey(ProcessVariables.PROCESS_KEY)
                    .processVariableValueEquals(ProcessVariables.CASE_ID, event.caseId())
                    .taskDefinitionKey(VISIT_TASK)
                    .list()) {
                tasks.setAssignee(task.getId(), event.actor());
                tasks.setVariableLocal(task.getId(), ProcessVariables.VISIT_ID, event.visitId());
                tasks.complete(task.getId());
            }
        });
    }
}
