package cn.fanxiao.enforcement.process;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import cn.fanxiao.accounts.Setting;
import cn.fanxiao.deadlines.LegalTime;

/**
 * Sets the cycle of step 1's home visits (at least monthly, per jurisdiction). It runs as a task before the
 * step because the engine reads a scope's timer expressions when it enters the scope, before start listeners.
 */
@Component
public class PlanPersuasionVisits implements JavaDelegate {

    private final CaseDeadlines deadlines;

    public PlanPersuasionVisits(CaseDeadlines deadlines) {
        this.deadlines = deadlines;
    }

    @Override
    public void execute(DelegateExecution execution) {
        int interval = deadlines.setting(execution, Setting.PERSUASION_VISIT_INTERVAL_DAYS);
        execution.setVariable(ProcessVariables.PERSUASION_VISIT_CYCLE,
                RecurringTimers.every(interval, LegalTime.today()));
    }
}
