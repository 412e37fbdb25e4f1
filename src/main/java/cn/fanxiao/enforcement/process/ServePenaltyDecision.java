package cn.fanxiao.enforcement.process;

import java.time.LocalDate;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

import cn.fanxiao.deadlines.DeadlineKind;

/**
 * 送达行政处罚决定书: from the day of service run the fine's 15 days, the 60-day reconsideration window and the
 * 6-month lawsuit window. From now on a return to school leaves the fine to decide on.
 */
@Component
public class ServePenaltyDecision implements TaskListener {

    private final CaseDeadlines deadlines;

    public ServePenaltyDecision(CaseDeadlines deadlines) {
        this.deadlines = deadlines;
    }

    @Override
    public void notify(DelegateTask task) {
        LocalDate servedOn = FormValues.requiredDate(task, "servedOn");
        deadlines.met(task, DeadlineKind.DECISION_SERVICE);
        deadlines.open(task, DeadlineKind.FINE_PAYMENT, servedOn);
        deadlines.open(task, DeadlineKind.RECONSIDERATION_WINDOW, servedOn);
        deadlines.open(task, DeadlineKind.LAWSUIT_WINDOW, servedOn);
        task.setVariable(ProcessVariables.PENALTY_DECISION_SERVED, true);
    }
}
