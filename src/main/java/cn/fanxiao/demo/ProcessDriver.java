package cn.fanxiao.demo;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.runtime.Job;
import org.springframework.stereotype.Component;

import cn.fanxiao.accounts.CurrentUser;
import cn.fanxiao.cases.CaseService;
import cn.fanxiao.cases.CaseView;
import cn.fanxiao.deadlines.NewService;
import cn.fanxiao.deadlines.NewServiceAttempt;
import cn.fanxiao.deadlines.ServedDocument;
import cn.fanxiao.deadlines.ServiceMethod;
import cn.fanxiao.deadlines.ServiceRecord;
import cn.fanxiao.deadlines.ServiceRecords;
import cn.fanxiao.enforcement.Enforcement;
import cn.fanxiao.enforcement.ServiceTasks;
import cn.fanxiao.enforcement.EnforcementTask;

/**
 * Moves cases along their process the way staff and the clock would: completes a case's task through the
 * {@link Enforcement} API (validation, claim, history) and runs the timers that have fallen due.
 * Used by the demo loader and by the engine benchmark.
 */
@Component
public class ProcessDriver {

    private final Enforcement enforcement;
    private final ManagementService management;
    private final ServiceRecords services;
    private final CaseService cases;

    public ProcessDriver(Enforcement enforcement, ManagementService management, ServiceRecords services,
                         CaseService cases) {
        this.enforcement = enforcement;
        this.management = management;
        this.services = services;
        this.cases = cases;
    }

    /**
     * Completes a 送达 task the way staff do: records that the document (issued the same day) was served directly on
     * the first guardian at 10:00 on {@code servedOn}, then completes the task with {@code form}.
     */
    public void serve(long caseId, String taskKey, LocalDate servedOn, Map<String, Object> form, CurrentUser user) {
        ServedDocument document = ServiceTasks.documentServedBy(taskKey)
                .orElseThrow(() -> new IllegalArgumentException(taskKey + " serves no document"));
        CaseView c = cases.getForProcess(caseId);
        CaseView.GuardianView guardian = c.guardians().get(0);
        String address = guardian.address() != null ? guardian.address() : c.child().householdAddress();
        ServiceRecord record = services.open(caseId,
                new NewService(document, null, servedOn, guardian.name(), address, null), user.username());
        services.recordAttempt(caseId, record.id(), new NewServiceAttempt(ServiceMethod.DIRECT, true,
                servedOn.atTime(10, 0), guardian.name(), null, null, null, null, null, null, null, null, null, null,
                null, List.of(user.displayName()), List.of("送达回证（签收）"), null), c.townshipCode(), user.username());
        complete(caseId, taskKey, form, user);
    }

    /** Completes the open task {@code taskKey} of a case; fails if the case is not waiting at it. */
    public void complete(long caseId, String taskKey, Map<String, Object> form, CurrentUser user) {
        EnforcementTask task = enforcement.currentTasks(caseId).stream()
                .filter(t -> t.key().equals(taskKey))
                .findFirst()
                .orElseThrow(() -> new IllegalStateException("case " + caseId + " is not waiting at " + taskKey
                        + " but at " + enforcement.currentTasks(caseId).stream().map(EnforcementTask::key).toList()));
        enforcement.complete(task.id(), form, user);
    }

    /** The process instances that have a job due by the engine's clock. */
    public java.util.Set<String> instancesWithDueJobs() {
        return management.createJobQuery().executable().list().stream().map(Job::getProcessInstanceId)
                .collect(java.util.stream.Collectors.toSet());
    }

    /** {@link #fireDueJobs()} for one process instance: instances can be driven in parallel. */
    public int fireDueJobs(String processInstanceId) {
        int fired = 0;
        while (fired < 10_000) {
            List<Job> due = management.createJobQuery().processInstanceId(processInstanceId).executable()
                    .orderByJobDuedate().asc().listPage(0, 1);
            if (due.isEmpty()) {
                return fired;
            }
            management.executeJob(due.get(0).getId());
            fired++;
        }
        throw new IllegalStateException("jobs keep falling due in " + processInstanceId);
    }

    /**
     * Executes the jobs due by the engine's clock, one at a time and re-queried each time, because a timer that
     * fires may end the activity that carried other due timers; returns how many ran.
     */
    public int fireDueJobs() {
        int fired = 0;
        while (fired < 1_000_000) {
            List<Job> due = management.createJobQuery().executable().orderByJobDuedate().asc().listPage(0, 1);
            if (due.isEmpty()) {
                return fired;
            }
            try {
                management.executeJob(due.get(0).getId());
                fired++;
            } catch (OptimisticLockingException ranElsewhere) {
                // the job executor (demo) or another benchmark thread got there first
            }
        }
        throw new IllegalStateException("jobs keep falling due: a timer loop?");
    }
}
