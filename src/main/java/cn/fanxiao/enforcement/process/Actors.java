package cn.fanxiao.enforcement.process;

import java.util.function.Supplier;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.springframework.stereotype.Component;

import cn.fanxiao.accounts.CurrentUser;

/**
 * Who acts in a process step. Timers and messages act as {@link CurrentUser#SYSTEM}; a task acts as its
 * assignee. Where a case command needs a full {@link CurrentUser} (recording a visit), the service that
 * completes the task binds its user for the duration of the completion.
 */
@Component
public class Actors {

    private final ThreadLocal<CurrentUser> completing = new ThreadLocal<>();

    /** Runs the completion of a task with {@code user} as the acting user of its listeners. */
    public void completingAs(CurrentUser user, Runnable completion) {
        CurrentUser previous = completing.get();
        completing.set(user);
        try {
            completion.run();
        } finally {
            if (previous == null) {
                completing.remove();
            } else {
                completing.set(previous);
            }
        }
    }

    /**
     * The user completing the task; outside our API (Camunda Tasklist, a timer) the system user of the case's
     * county, so the step is recorded as done by the system rather than attributed to someone who did not act.
     */
    public CurrentUser currentUser(Supplier<String> countyCode) {
        CurrentUser user = completing.get();
        return user != null ? user : CurrentUser.system(countyCode.get());
    }

    /** The username a task's effects are recorded under. */
    public static String of(DelegateTask task) {
        return task.getAssignee() != null ? task.getAssignee() : CurrentUser.SYSTEM;
    }
}
