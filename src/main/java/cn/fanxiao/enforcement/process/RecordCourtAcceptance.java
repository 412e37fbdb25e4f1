package cn.fanxiao.enforcement.process;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

import cn.fanxiao.deadlines.DeadlineKind;

/** 登记法院受理: the trial period (simplified procedure, 3 months) starts; we follow up when it has passed. */
@Component
public class RecordCourtAcceptance implements TaskListener {

    private final CaseDeadlines deadlines;

    public RecordCourtAcceptance(CaseDeadlines deadlines) {
        this.deadlines = deadlines;
    }

    @Override
    public void notify(DelegateTask task) {
        deadlines.met(task, DeadlineKind.CIVIL_ACCEPTANCE);
        deadlines.open(task, DeadlineKind.CIVIL_TRIAL, FormValues.requiredDate(task, "acceptedOn"));
    }
}
