package cn.fanxiao.enforcement.process;

import java.time.LocalDate;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

import cn.fanxiao.deadlines.DeadlineKind;
import cn.fanxiao.deadlines.ServedDocument;

/**
 * 送达行政处罚决定书: from the day of service run the fine's 15 days, the 60-day reconsideration window and the
 * 6-month lawsuit window. From now on a return to school leaves the fine to decide on.
 */
@Component
public class ServePenaltyDecision implements TaskListener {

    private final CaseDeadlines deadlines;
    private final ServedDates served;

    public ServePenaltyDecision(CaseDeadlines deadlines, ServedDates served) {
        this.deadlines = deadlines;
        this.served = served;
    }

    @Override
    public void notify(DelegateTask task) {
        LocalDate servedOn = served.of(task, ServedDocument.PENALTY_DECISION);
        deadlines.met(task, DeadlineKind.DECISION_SERVICE);
        deadlines.open(task, DeadlineKind.FINE_PAYMENT, servedOn);
        deadlines.open(task, DeadlineKind.RECONSIDERATION_WINDOW, servedOn);
        deadlines.open(task, DeadlineKind.LAWSUIT_WINDOW, servedOn);
        task.setVariable(ProcessVariables.PENALTY_DECISION_SERVED, true);
    }
}
