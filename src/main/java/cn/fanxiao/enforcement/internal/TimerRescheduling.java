package cn.fanxiao.enforcement.internal;

import java.util.ArrayList;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.runtime.VariableInstance;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import cn.fanxiao.accounts.Jurisdictions;
import cn.fanxiao.accounts.Setting;
import cn.fanxiao.cases.CaseService;
import cn.fanxiao.deadlines.Deadline;
import cn.fanxiao.deadlines.DeadlineEvents;
import cn.fanxiao.enforcement.process.ProcessVariables;

/**
 * A deadline moved (a holiday calendar was loaded): the timers waiting for its old date, and the reminder before
 * it, move with it, in the same transaction. Timers are found by their due date, which is how they were made.
 */
@Component
class TimerRescheduling {

    private final CaseService cases;
    private final RuntimeService runtime;
    private final ManagementService management;
    private final Jurisdictions jurisdictions;

    TimerRescheduling(CaseService cases, RuntimeService runtime, ManagementService management,
                      Jurisdictions jurisdictions) {
        this.cases = cases;
        this.runtime = runtime;
        this.management = management;
        this.jurisdictions = jurisdictions;
    }

    /**
     * Collects the moves of this transaction and applies them per case just before commit: a calendar load that
     * moves many deadlines of one case looks its process up once.
     */
    @EventListener
    void on(DeadlineEvents.DeadlineMoved moved) {
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            reschedule(moved.after().caseId(), List.of(moved));
            return;
        }
        @SuppressWarnings("unchecked")
        Map<Long, List<DeadlineEvents.DeadlineMoved>> pending =
                (Map<Long, List<DeadlineEvents.DeadlineMoved>>) TransactionSynchronizationManager.getResource(this);
        if (pending == null) {
            Map<Long, List<DeadlineEvents.DeadlineMoved>> batch = new LinkedHashMap<>();
            TransactionSynchronizationManager.bindResource(this, batch);
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void beforeCommit(boolean readOnly) {
                    batch.forEach(TimerRescheduling.this::reschedule);
                }

                @Override
                public void afterCompletion(int status) {
                    TransactionSynchronizationManager.unbindResourceIfPossible(TimerRescheduling.this);
                }
            });
            pending = batch;
        }
        pending.computeIfAbsent(moved.after().caseId(), id -> new ArrayList<>()).add(moved);
    }

    private void reschedule(long caseId, List<DeadlineEvents.DeadlineMoved> moves) {
        ProcessInstance instance = runtime.createProcessInstanceQuery()
                .processInstanceBusinessKey(cases.caseNumber(caseId)).active().singleResult();
        if (instance == null) {
            return;
        }
        String township = (String) runtime.getVariable(instance.getId(), ProcessVariables.TOWNSHIP_CODE);
        int lead = jurisdictions.settingsFor(township).number(Setting.REMINDER_LEAD_DAYS);
        List<Job> timers = management.createJobQuery().processInstanceId(instance.getId()).timers().list();
        // the instance's variables once, not once per moved deadline (a load may move thousands on one case)
        Map<String, List<VariableInstance>> variables = new java.util.HashMap<>();
        runtime.createVariableInstanceQuery().processInstanceIdIn(instance.getId()).list()
                .forEach(v -> variables.computeIfAbsent(v.getName(), n -> new ArrayList<>()).add(v));
        for (DeadlineEvents.DeadlineMoved moved : moves) {
            Deadline before = moved.before();
            Deadline after = moved.after();
            Date oldExpiry = before.expiresAt();
            Date oldReminder = before.remindAt(lead);
            for (Job job : timers) {
                if (oldExpiry.equals(job.getDuedate())) {
                    management.setJobDuedate(job.getId(), after.expiresAt());
                } else if (oldReminder.equals(job.getDuedate())) {
                    management.setJobDuedate(job.getId(), after.remindAt(lead));
                }
            }
            replace(variables, ProcessVariables.expiresAt(after.kind()), oldExpiry, after.expiresAt());
            replace(variables, ProcessVariables.reminderAt(after.kind()), oldReminder, after.remindAt(lead));
        }
    }

    private void replace(Map<String, List<VariableInstance>> variables, String name, Date old, Date now) {
        for (VariableInstance v : variables.getOrDefault(name, List.of())) {
            if (old.equals(v.getValue())) {
                runtime.setVariableLocal(v.getExecutionId(), name, now);
            }
        }
    }
}
