package cn.fanxiao.enforcement.process;

import java.util.Date;
import java.time.LocalDate;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

import cn.fanxiao.deadlines.Deadline;
import cn.fanxiao.deadlines.DeadlineKind;
import cn.fanxiao.deadlines.ServedDocument;

/**
 * 行政处罚事先告知书 served: the party's statement window and hearing-request window start. The decision waits
 * for the later of the two, so a jurisdiction with a shorter statement window cannot cut the hearing right short.
 */
@Component
public class ServePriorNotice implements TaskListener {

    private final CaseDeadlines deadlines;
    private final ServedDates served;

    public ServePriorNotice(CaseDeadlines deadlines, ServedDates served) {
        this.deadlines = deadlines;
        this.served = served;
    }

    @Override
    public void notify(DelegateTask task) {
        LocalDate servedOn = served.of(task, ServedDocument.PRIOR_NOTICE);
        Deadline statement = deadlines.open(task, DeadlineKind.STATEMENT_WINDOW, servedOn);
        Deadline hearing = deadlines.open(task, DeadlineKind.HEARING_REQUEST, servedOn);
        Date later = statement.expiresAt().after(hearing.expiresAt()) ? statement.expiresAt() : hearing.expiresAt();
        task.setVariable(ProcessVariables.STATEMENT_PHASE_EXPIRES_AT, later);
    }
}
