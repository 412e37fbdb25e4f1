package cn.fanxiao.enforcement.process;

import java.time.LocalDate;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

import cn.fanxiao.accounts.CurrentUser;
import cn.fanxiao.accounts.Setting;
import cn.fanxiao.cases.CaseService;
import cn.fanxiao.cases.ClosureReason;
import cn.fanxiao.cases.RetentionList;
import cn.fanxiao.deadlines.DeadlineKind;
import cn.fanxiao.deadlines.Deadlines;
import cn.fanxiao.deadlines.LegalTime;

/**
 * 保学 (legal-process.md §2.5): a returned pupil starts on the red list (unstable) and is watched for the
 * observation period; red-list families are contacted on a cycle; at the end of the period the case closes as
 * returned.
 */
@Component
public class RetentionMonitoring {

    private final CaseService cases;
    private final CaseDeadlines caseDeadlines;
    private final Deadlines deadlines;

    public RetentionMonitoring(CaseService cases, CaseDeadlines caseDeadlines, Deadlines deadlines) {
        this.cases = cases;
        this.caseDeadlines = caseDeadlines;
        this.deadlines = deadlines;
    }

    /**
     * Called as a task before the monitoring sub-process: its timers read the variables set here when the
     * sub-process is entered.
     */
    public void start(DelegateExecution execution) {
        long caseId = ProcessVariables.caseId(execution);
        cases.setRetentionList(caseId, RetentionList.RED, CurrentUser.SYSTEM);
        execution.setVariable(ProcessVariables.RETENTION_LIST, RetentionList.RED.name());
        LocalDate returnedOn = LocalDate.parse((String) execution.getVariable(ProcessVariables.RETURNED_ON));
        caseDeadlines.open(execution, DeadlineKind.RETENTION_OBSERVATION, returnedOn);
        int interval = caseDeadlines.setting(execution, Setting.RETENTION_CONTACT_INTERVAL_DAYS);
        execution.setVariable(ProcessVariables.RETENTION_CONTACT_CYCLE,
                RecurringTimers.every(interval, LegalTime.today()));
    }

    /** The observation period ended without a relapse. */
    public void observationEnded(DelegateExecution execution) {
        long caseId = ProcessVariables.caseId(execution);
        cases.closeByProcess(caseId, ClosureReason.RETURNED, "保学观察期满，学生在校稳定", CurrentUser.SYSTEM);
        deadlines.closeAll(caseId);
    }

    /** 辍学反复: this case closes and a new one, linked to it, starts its own process (on its CaseOpened). */
    public void relapse(DelegateExecution execution) {
        long caseId = ProcessVariables.caseId(execution);
        cases.openRelapse(caseId,
                LocalDate.parse((String) execution.getVariable(ProcessVariables.DROPOUT_DATE)),
                (String) execution.getVariable(ProcessVariables.ACTOR));
        deadlines.closeAll(caseId);
    }
}
