package cn.fanxiao.enforcement.process;

import java.time.LocalDate;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import cn.fanxiao.cases.CaseService;
import cn.fanxiao.deadlines.Deadlines;

/** 学生复学: whatever step the case was in has ended; every running period of that step ends with it. */
@Component
public class RecordReturn implements JavaDelegate {

    private final CaseService cases;
    private final Deadlines deadlines;

    public RecordReturn(CaseService cases, Deadlines deadlines) {
        this.cases = cases;
        this.deadlines = deadlines;
    }

    @Override
    public void execute(DelegateExecution execution) {
        long caseId = ProcessVariables.caseId(execution);
        cases.recordReturnByProcess(caseId,
                LocalDate.parse((String) execution.getVariable(ProcessVariables.RETURNED_ON)),
                (String) execution.getVariable(ProcessVariables.RETURNED_SCHOOL_CODE),
                (String) execution.getVariable(ProcessVariables.ACTOR));
        deadlines.closeAll(caseId);
    }
}
