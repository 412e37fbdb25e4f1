package cn.fanxiao.enforcement.process;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

import cn.fanxiao.accounts.CurrentUser;
import cn.fanxiao.cases.CaseService;
import cn.fanxiao.cases.Stage;

/** Start listener of each step's sub-process: the case file shows the step the process is in. */
@Component
public class StageEntry {

    private final CaseService cases;

    public StageEntry(CaseService cases) {
        this.cases = cases;
    }

    /** Called from the model as {@code ${stageEntry.enter(execution, 'PERSUASION')}}. */
    public void enter(DelegateExecution execution, String stage) {
        cases.moveToStage(ProcessVariables.caseId(execution), Stage.valueOf(stage), CurrentUser.SYSTEM);
    }
}
