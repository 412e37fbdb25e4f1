package cn.fanxiao.enforcement.process;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

import cn.fanxiao.accounts.Setting;
import cn.fanxiao.deadlines.DeadlineKind;
import cn.fanxiao.deadlines.ServedDocument;

/** 入学（复学）通知书 served: the notice's period runs from the day after service. */
@Component
public class IssueReturnNotice implements TaskListener {

    private final CaseDeadlines deadlines;
    private final ServedDates served;

    public IssueReturnNotice(CaseDeadlines deadlines, ServedDates served) {
        this.deadlines = deadlines;
        this.served = served;
    }

    @Override
    public void notify(DelegateTask task) {
        ServedDates.Served notice = served.served(task, ServedDocument.RETURN_NOTICE);
        deadlines.open(task, DeadlineKind.RETURN_NOTICE, notice.on(),
                notice.atLeastUntilComplyBy(deadlines.setting(task, Setting.RETURN_NOTICE_DAYS)),
                deadlines.reminderLeadDays(task));
    }
}
