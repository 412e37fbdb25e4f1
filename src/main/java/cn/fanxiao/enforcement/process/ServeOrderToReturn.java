package cn.fanxiao.enforcement.process;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

import cn.fanxiao.deadlines.DeadlineKind;
import cn.fanxiao.deadlines.ServedDocument;

/**
 * 限期复学通知书 served. The statute leaves the period to the issuing body ("限期"), so the officer may set it on
 * the notice; otherwise the jurisdiction's default applies.
 */
@Component
public class ServeOrderToReturn implements TaskListener {

    private final CaseDeadlines deadlines;
    private final ServedDates served;

    public ServeOrderToReturn(CaseDeadlines deadlines, ServedDates served) {
        this.deadlines = deadlines;
        this.served = served;
    }

    @Override
    public void notify(DelegateTask task) {
        deadlines.open(task, DeadlineKind.ORDER_TO_RETURN, served.of(task, ServedDocument.ORDER_TO_RETURN),
                FormValues.integer(task, "periodDays"), deadlines.reminderLeadDays(task));
    }
}
