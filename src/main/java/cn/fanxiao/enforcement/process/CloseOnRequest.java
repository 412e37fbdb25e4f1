package cn.fanxiao.enforcement.process;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import cn.fanxiao.cases.CaseService;
import cn.fanxiao.cases.ClosureReason;

/** 申请结案: staff asked to close (the cases module validated the reason and the requester's role). */
@Component
public class CloseOnRequest implements JavaDelegate {

    private final CaseService cases;

    public CloseOnRequest(CaseService cases) {
        this.cases = cases;
    }

    @Override
    public void execute(DelegateExecution execution) {
        long caseId = ProcessVariables.caseId(execution);
        cases.closeByProcess(caseId,
                ClosureReason.valueOf((String) execution.getVariable(ProcessVariables.CLOSURE_REASON)),
                (String) execution.getVariable(ProcessVariables.CLOSURE_NOTE),
                (String) execution.getVariable(ProcessVariables.ACTOR));
        // closing the case closes its running deadlines too (CaseService.closeByProcess)
    }
}
