package cn.fanxiao.enforcement.process;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

import cn.fanxiao.accounts.Setting;
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
        ServedDates.Served order = served.served(task, ServedDocument.ORDER_TO_RETURN);
        Integer period = FormValues.integer(task, "periodDays");
        int days = period != null ? period : deadlines.setting(task, Setting.ORDER_TO_RETURN_DAYS);
        deadlines.open(task, DeadlineKind.ORDER_TO_RETURN, order.on(), order.atLeastUntilComplyBy(days),
                deadlines.reminderLeadDays(task));
    }
}
