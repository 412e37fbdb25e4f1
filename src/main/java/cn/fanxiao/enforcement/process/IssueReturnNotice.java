package cn.fanxiao.enforcement.process;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

import cn.fanxiao.deadlines.DeadlineKind;

/** 入学（复学）通知书 served: the notice's period runs from the day after service. */
@Component
public class IssueReturnNotice implements TaskListener {

    private final CaseDeadlines deadlines;

    public IssueReturnNotice(CaseDeadlines deadlines) {
        this.deadlines = deadlines;
    }

    @Override
    public void notify(DelegateTask task) {
        deadlines.open(task, DeadlineKind.RETURN_NOTICE, FormValues.requiredDate(task, "servedOn"));
    }
}
