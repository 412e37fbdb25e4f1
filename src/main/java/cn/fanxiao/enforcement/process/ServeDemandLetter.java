package cn.fanxiao.enforcement.process;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

import cn.fanxiao.deadlines.DeadlineKind;
import cn.fanxiao.deadlines.ServedDocument;

/** 送达催告书: the court may be applied to only after 10 working days (行政强制法 Arts. 54, 69). */
@Component
public class ServeDemandLetter implements TaskListener {

    private final CaseDeadlines deadlines;
    private final ServedDates served;

    public ServeDemandLetter(CaseDeadlines deadlines, ServedDates served) {
        this.deadlines = deadlines;
        this.served = served;
    }

    @Override
    public void notify(DelegateTask task) {
        deadlines.open(task, DeadlineKind.DEMAND_LETTER_WAIT, served.of(task, ServedDocument.DEMAND_LETTER));
    }
}
