package cn.fanxiao.demo;

import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.ProcessEngineException;
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

    public boolean waitsAt(long caseId, String taskKey) {
        return enforcement.currentTasks(caseId).stream().anyMatch(t -> t.key().equals(taskKey));
    }

    /** Executes every job due by the engine's clock until none is left; returns how many ran. */
    public int fireDueJobs() {
        int fired = 0;
        for (int round = 0; round < 100; round++) {
            List<Job> due = management.createJobQuery().executable().listPage(0, 500);
            if (due.isEmpty()) {
                return fired;
            }
            for (Job job : due) {
                try {
                    management.executeJob(job.getId());
                    fired++;
                } catch (OptimisticLockingException ranElsewhere) {
                    // the job executor (demo) or another thread got there first
                } catch (ProcessEngineException e) {
                    // a timer that fired may have ended the activity that carried this one; anything else is real
                    if (management.createJobQuery().jobId(job.getId()).count() > 0) {
                        throw e;
                    }
                }
            }
        }
        return fired;
    }
}
