package cn.fanxiao.demo;

import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.runtime.Job;
import org.springframework.stereotype.Component;

import cn.fanxiao.accounts.CurrentUser;
import cn.fanxiao.enforcement.Enforcement;
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

    public ProcessDriver(Enforcement enforcement, ManagementService management) {
        this.enforcement = enforcement;
        this.management = management;
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
