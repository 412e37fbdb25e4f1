package cn.fanxiao.enforcement.process;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

import cn.fanxiao.deadlines.DeadlineKind;

/** 向法院申请强制执行: filed within the window; the court's 7 days to rule start (a follow-up, not ours to meet). */
@Component
public class ApplyToCourt implements TaskListener {

    private final CaseDeadlines deadlines;

    public ApplyToCourt(CaseDeadlines deadlines) {
        this.deadlines = deadlines;
    }

    @Override
    public void notify(DelegateTask task) {
        deadlines.met(task, DeadlineKind.FILING_WINDOW);
        deadlines.open(task, DeadlineKind.COURT_RULING, FormValues.requiredDate(task, "filedOn"));
    }
}
