package cn.fanxiao.enforcement.process;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

import cn.fanxiao.deadlines.DeadlineKind;

/**
 * 限期复学通知书 served. The statute leaves the period to the issuing body ("限期"), so the officer may set it on
 * the notice; otherwise the jurisdiction's default applies.
 */
@Component
public class ServeOrderToReturn implements TaskListener {

    private final CaseDeadlines deadlines;

    public ServeOrderToReturn(CaseDeadlines deadlines) {
        this.deadlines = deadlines;
    }

    @Override
    public void notify(DelegateTask task) {
        deadlines.open(task, DeadlineKind.ORDER_TO_RETURN, FormValues.requiredDate(task, "servedOn"),
                FormValues.integer(task, "periodDays"), deadlines.reminderLeadDays(task));
    }
}
