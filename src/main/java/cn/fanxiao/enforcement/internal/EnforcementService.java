package cn.fanxiao.enforcement.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.Comparator;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.VariableInstance;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.task.TaskQuery;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import cn.fanxiao.accounts.CurrentUser;
import cn.fanxiao.cases.CaseService;
import cn.fanxiao.cases.CaseView;
import cn.fanxiao.deadlines.LegalTime;
import cn.fanxiao.enforcement.Enforcement;
import cn.fanxiao.enforcement.EnforcementEvents;
import cn.fanxiao.enforcement.EnforcementTask;
import cn.fanxiao.enforcement.FormField;
import cn.fanxiao.enforcement.process.Actors;
import cn.fanxiao.enforcement.process.ProcessVariables;
import cn.fanxiao.shared.ConflictException;
import cn.fanxiao.shared.ForbiddenException;
import cn.fanxiao.shared.InvalidInputException;
import cn.fanxiao.shared.NotFoundException;

@Service
class EnforcementService implements Enforcement {

    /** a task list longer than this is a backlog to fix, not a page to render */
    private static final int MAX_TASKS = 500;

    private final TaskService tasks;
    private final RuntimeService runtime;
    private final CaseService cases;
    private final Actors actors;
    private final EngineAuthentication authentication;
    private final ProcessMessages messages;
    private final ApplicationEventPublisher events;

    EnforcementService(TaskService tasks, RuntimeService runtime, CaseService cases, Actors actors,
                       EngineAuthentication authentication, ProcessMessages messages,
                       ApplicationEventPublisher events) {
        this.tasks = tasks;
        this.runtime = runtime;
        this.cases = cases;
        this.actors = actors;
        this.authentication = authentication;
        this.messages = messages;
        this.events = events;
    }

    @Override
    @Transactional(readOnly = true)
    public List<EnforcementTask> currentTasks(long caseId) {
        // by business key (indexed), not by the caseId variable (a scan of every case's variables)
        return views(query().processInstanceBusinessKey(cases.caseNumber(caseId))
                .orderByTaskCreateTime().asc().list());
    }

    @Override
    @Transactional(readOnly = true)
    public List<EnforcementTask> tasksFor(CurrentUser user) {
        if (user.candidateGroups().isEmpty()) {
            return List.of();
        }
        List<EnforcementTask> found = views(query().taskCandidateGroupIn(user.candidateGroups())
                .includeAssignedTasks().orderByTaskCreateTime().asc().listPage(0, MAX_TASKS));
        // nearest due date first, undated tasks after (the database would put NULL first)
        return found.stream().sorted(Comparator.comparing(EnforcementTask::due,
                Comparator.nullsLast(Comparator.naturalOrder()))).toList();
    }

    @Override
    @Transactional
    public void complete(String taskId, Map<String, Object> form, CurrentUser user) {
        Task task = visibleTask(taskId, user);
        List<FormField> fields = TaskForms.of(task.getTaskDefinitionKey());
        Map<String, Object> values = FormValidator.validate(fields, form == null ? Map.of() : form);
        Map<String, Object> routing = values.entrySet().stream()
                .filter(e -> TaskForms.PROCESS_FIELDS.contains(e.getKey()))
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
        // published first so the audit trail reads "task done" before what the task caused (closure, next step);
        // it rolls back with everything else if the completion fails
        events.publishEvent(new EnforcementEvents.TaskCompleted(caseIdOf(task.getProcessInstanceId()),
                task.getTaskDefinitionKey(), task.getName(), TaskForms.outcome(fields, values), user.username()));
        authentication.runAs(user.username(), () -> {
            tasks.setAssignee(taskId, user.username());
            // the whole form stays on the task (history keeps it); gateways read only the routing fields
            tasks.setVariablesLocal(taskId, values);
            actors.completingAs(user, () -> unwrapped(() -> tasks.complete(taskId, routing)));
        });
    }

    @Override
    @Transactional
    public void reportRelapse(long caseId, LocalDate dropoutDate, CurrentUser user) {
        if (user.readOnly()) {
            throw new ForbiddenException("审计角色只能查看，不能修改");
        }
        CaseView c = cases.get(caseId, user);
        if (dropoutDate == null) {
            throw new InvalidInputException("dropoutDate", "请填写再次辍学日期");
        }
        if (dropoutDate.isAfter(LegalTime.today())) {
            throw new InvalidInputException("dropoutDate", "辍学日期不能晚于今天");
        }
        if (c.returnedOn() != null && dropoutDate.isBefore(c.returnedOn())) {
            throw new InvalidInputException("dropoutDate", "再次辍学日期不能早于复学日期");
        }
        messages.deliver(ProcessVariables.RELAPSE, caseId, Map.of(
                        ProcessVariables.DROPOUT_DATE, dropoutDate.toString(),
                        ProcessVariables.ACTOR, user.username()),
                "只有复学后保学期间的案件才能登记辍学反复");
    }

    private TaskQuery query() {
        return tasks.createTaskQuery().processDefinitionKey(ProcessVariables.PROCESS_KEY).active();
    }

    /** Another jurisdiction's task reads exactly like a task that does not exist. */
    private Task visibleTask(String taskId, CurrentUser user) {
        // a primary-key read and the task's own identity links: the candidate-group query would scan
        Task task = user.candidateGroups().isEmpty() ? null : query().taskId(taskId).singleResult();
        if (task != null && !user.username().equals(task.getAssignee()) && tasks.getIdentityLinksForTask(taskId)
                .stream().noneMatch(l -> IdentityLinkType.CANDIDATE.equals(l.getType())
                        && user.candidateGroups().contains(l.getGroupId()))) {
            task = null;
        }
        if (task == null) {
            throw new NotFoundException("任务不存在或不在您的职责范围内：" + taskId);
        }
        return task;
    }

    private long caseIdOf(String processInstanceId) {
        return ((Number) runtime.getVariable(processInstanceId, ProcessVariables.CASE_ID)).longValue();
    }

    private List<EnforcementTask> views(List<Task> found) {
        if (found.isEmpty()) {
            return List.of();
        }
        Set<String> instanceIds = found.stream().map(Task::getProcessInstanceId).collect(Collectors.toSet());
        Map<String, String> caseNumbers = new HashMap<>();
        runtime.createProcessInstanceQuery().processInstanceIds(instanceIds).list()
                .forEach(p -> caseNumbers.put(p.getId(), p.getBusinessKey()));
        Map<String, Long> caseIds = caseIds(instanceIds);
        return found.stream().map(t -> new EnforcementTask(t.getId(), t.getTaskDefinitionKey(), t.getName(),
                caseIds.get(t.getProcessInstanceId()), caseNumbers.get(t.getProcessInstanceId()),
                instant(t.getCreateTime()), instant(t.getDueDate()), instant(t.getFollowUpDate()), t.getAssignee(),
                TaskForms.of(t.getTaskDefinitionKey()))).toList();
    }

    private Map<String, Long> caseIds(Collection<String> instanceIds) {
        return runtime.createVariableInstanceQuery()
                .processInstanceIdIn(instanceIds.toArray(String[]::new))
                .variableName(ProcessVariables.CASE_ID)
                .list().stream()
                .filter(v -> v.getExecutionId().equals(v.getProcessInstanceId()))
                .collect(Collectors.toMap(VariableInstance::getProcessInstanceId,
                        v -> ((Number) v.getValue()).longValue(), (a, b) -> a));
    }

    private static Instant instant(Date date) {
        return date == null ? null : date.toInstant();
    }

    /**
     * The engine may wrap what a listener threw; the caller should see our own exception (a visit the case file
     * refused is a 400, not a 500). A concurrent change (a timer firing, a colleague completing the same task)
     * is a conflict the user resolves by reloading.
     */
    private static void unwrapped(Runnable engineCall) {
        try {
            engineCall.run();
        } catch (OptimisticLockingException e) {
            throw new ConflictException("taskId", "任务已被他人处理或案件状态已变化，请刷新后重试");
        } catch (ProcessEngineException e) {
            for (Throwable cause = e.getCause(); cause != null; cause = cause.getCause()) {
                if (cause instanceof InvalidInputException || cause instanceof ConflictException
                        || cause instanceof NotFoundException || cause instanceof ForbiddenException) {
                    throw (RuntimeException) cause;
                }
            }
            throw e;
        }
    }
}
