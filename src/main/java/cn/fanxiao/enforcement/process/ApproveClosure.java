package cn.fanxiao.enforcement.process;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

import cn.fanxiao.cases.CaseService;
import cn.fanxiao.cases.ClosureReason;
import cn.fanxiao.deadlines.Deadlines;

/** 结案审批: the county bureau closes the case with the approved reason. */
@Component
public class ApproveClosure implements TaskListener {

    private final CaseService cases;
    private final Deadlines deadlines;

    public ApproveClosure(CaseService cases, Deadlines deadlines) {
        this.cases = cases;
        this.deadlines = deadlines;
    }

    @Override
    public void notify(DelegateTask task) {
        long caseId = ProcessVariables.caseId(task);
        cases.closeByProcess(caseId, FormValues.enumValue(task, ProcessVariables.CLOSURE_REASON, ClosureReason.class),
                FormValues.text(task, ProcessVariables.CLOSURE_NOTE), Actors.of(task));
        // a closed case has no running period, whatever the closing path did
        deadlines.closeAll(caseId);
    }
}
