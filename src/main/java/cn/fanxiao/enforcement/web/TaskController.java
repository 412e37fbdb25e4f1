package cn.fanxiao.enforcement.web;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import cn.fanxiao.accounts.CurrentUsers;
import cn.fanxiao.cases.CaseService;
import cn.fanxiao.enforcement.Enforcement;
import cn.fanxiao.enforcement.EnforcementTask;

/** The process's tasks over JSON: what is waiting for me, what is open on a case, completing a task. */
@RestController
@RequestMapping("/api")
class TaskController {

    private final Enforcement enforcement;
    private final CaseService cases;
    private final CurrentUsers users;

    TaskController(Enforcement enforcement, CaseService cases, CurrentUsers users) {
        this.enforcement = enforcement;
        this.cases = cases;
        this.users = users;
    }

    /** The open tasks of the signed-in user's groups, nearest due date first, each with the fields it takes. */
    @GetMapping("/tasks")
    List<EnforcementTask> myTasks() {
        return enforcement.tasksFor(users.current());
    }

    /** The open tasks of one case (404 when the case is outside the user's jurisdiction). */
    @GetMapping("/cases/{caseId}/tasks")
    List<EnforcementTask> caseTasks(@PathVariable long caseId) {
        cases.get(caseId, users.current());
        return enforcement.currentTasks(caseId);
    }

    /** Completes a task with its form values, e.g. {@code {"openedOn": "2026-11-20"}}; a 送达 task needs its document served first. */
    @PostMapping("/tasks/{taskId}/complete")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void complete(@PathVariable String taskId, @RequestBody(required = false) Map<String, Object> form) {
        enforcement.complete(taskId, form, users.current());
    }

    /** 辍学反复 during retention monitoring: closes the case and opens a linked one. */
    @PostMapping("/cases/{caseId}/relapse")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void relapse(@PathVariable long caseId, @RequestBody RelapseRequest request) {
        enforcement.reportRelapse(caseId, request.dropoutDate(), users.current());
    }

    record RelapseRequest(LocalDate dropoutDate) {
    }
}
