package cn.fanxiao.enforcement;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import cn.fanxiao.accounts.CurrentUser;

/**
 * The four-step process as the rest of the application sees it: the open tasks and how to complete them.
 * The process itself starts and reacts on case events; nobody starts it by hand.
 */
public interface Enforcement {

    /** Every open task of a case, whoever it is for. The caller has already checked the case is visible. */
    List<EnforcementTask> currentTasks(long caseId);

    /** The open tasks of the user's candidate groups (which carry the user's jurisdiction). */
    List<EnforcementTask> tasksFor(CurrentUser user);

    /**
     * Validates the form against the task's field table, claims the task for the user and completes it.
     *
     * @throws cn.fanxiao.shared.NotFoundException the task does not exist or is not one of the user's groups
     * @throws cn.fanxiao.shared.InvalidInputException a form value is missing, malformed or not allowed
     */
    void complete(String taskId, Map<String, Object> form, CurrentUser user);

    /** 辍学反复: the child dropped out again during retention monitoring. Closes the case and opens a linked one. */
    void reportRelapse(long caseId, LocalDate dropoutDate, CurrentUser user);
}
