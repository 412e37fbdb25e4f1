package cn.fanxiao.enforcement.process;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

import cn.fanxiao.deadlines.DeadlineKind;

/** 立案: the 90 days to decide (行政处罚法 Art. 60) start; the alert comes at day 75, 15 days before the end. */
@Component
public class OpenPenaltyCase implements TaskListener {

    static final int DECISION_ALERT_LEAD_DAYS = 15;

    private final CaseDeadlines deadlines;

    public OpenPenaltyCase(CaseDeadlines deadlines) {
        this.deadlines = deadlines;
    }

    @Override
    public void notify(DelegateTask task) {
        deadlines.open(task, DeadlineKind.PENALTY_DECISION_LIMIT, FormValues.requiredDate(task, "openedOn"),
                null, DECISION_ALERT_LEAD_DAYS);
    }
}
