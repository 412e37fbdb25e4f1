package cn.fanxiao.enforcement.internal;

import java.util.Date;

import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.runtime.VariableInstance;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

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

    @EventListener
    void on(DeadlineEvents.DeadlineMoved moved) {
        Deadline before = moved.before();
        Deadline after = moved.after();
        ProcessInstance instance = runtime.createProcessInstanceQuery()
                .processInstanceBusinessKey(cases.caseNumber(after.caseId())).active().singleResult();
        if (instance == null) {
            return;
        }
        String township = (String) runtime.getVariable(instance.getId(), ProcessVariables.TOWNSHIP_CODE);
        int lead = jurisdictions.settingsFor(township).number(Setting.REMINDER_LEAD_DAYS);
        Date oldExpiry = before.expiresAt();
        Date oldReminder = before.remindAt(lead);
        for (Job job : management.createJobQuery().processInstanceId(instance.getId()).timers().list()) {
            if (oldExpiry.equals(job.getDuedate())) {
                management.setJobDuedate(job.getId(), after.expiresAt());
            } else if (oldReminder.equals(job.getDuedate())) {
                management.setJobDuedate(job.getId(), after.remindAt(lead));
            }
        }
        replace(instance.getId(), ProcessVariables.expiresAt(after.kind()), oldExpiry, after.expiresAt());
        replace(instance.getId(), ProcessVariables.reminderAt(after.kind()), oldReminder, after.remindAt(lead));
    }

    private void replace(String instanceId, String name, Date old, Date now) {
        for (VariableInstance v : runtime.createVariableInstanceQuery().processInstanceIdIn(instanceId)
                .variableName(name).list()) {
            if (old.equals(v.getValue())) {
                runtime.setVariableLocal(v.getExecutionId(), name, now);
            }
        }
    }
}
