package cn.fanxiao.enforcement.process;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

import cn.fanxiao.deadlines.DeadlineKind;

/** 提起民事诉讼: the court should accept within 7 days (民事诉讼法 Art. 126); we follow up if it has not. */
@Component
public class FileCivilComplaint implements TaskListener {

    private final CaseDeadlines deadlines;

    public FileCivilComplaint(CaseDeadlines deadlines) {
        this.deadlines = deadlines;
    }

    @Override
    public void notify(DelegateTask task) {
        deadlines.open(task, DeadlineKind.CIVIL_ACCEPTANCE, FormValues.requiredDate(task, "filedOn"));
    }
}
