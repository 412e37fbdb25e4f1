package cn.fanxiao.enforcement.process;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

import cn.fanxiao.cases.CaseService;
import cn.fanxiao.cases.RetentionList;

/**
 * 保学跟踪: school and township record the list the pupil is on. Moving to the white list needs their sign-off;
 * the completed task (who, when, with which note) is that record.
 */
@Component
public class ReviewRetention implements TaskListener {

    private final CaseService cases;

    public ReviewRetention(CaseService cases) {
        this.cases = cases;
    }

    @Override
    public void notify(DelegateTask task) {
        RetentionList list = FormValues.enumValue(task, ProcessVariables.RETENTION_LIST, RetentionList.class);
        Object before = task.getExecution().getProcessInstance().getVariable(ProcessVariables.RETENTION_LIST);
        if (!list.name().equals(before)) {
            cases.setRetentionList(ProcessVariables.caseId(task), list, Actors.of(task));
        }
        task.getExecution().getProcessInstance().setVariable(ProcessVariables.RETENTION_LIST, list.name());
    }
}
