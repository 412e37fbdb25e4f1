package cn.fanxiao.enforcement.process;

import java.util.Date;
import java.time.LocalDate;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

import cn.fanxiao.deadlines.Deadline;
import cn.fanxiao.deadlines.DeadlineKind;

/**
 * 行政处罚事先告知书 served: the party's statement window and hearing-request window start. The decision waits
 * for the later of the two, so a jurisdiction with a shorter statement window cannot cut the hearing right short.
 */
@Component
public class ServePriorNotice implements TaskListener {

    private final CaseDeadlines deadlines;

    public ServePriorNotice(CaseDeadlines deadlines) {
        this.deadlines = deadlines;
    }

    @Override
    public void notify(DelegateTask task) {
        LocalDate servedOn = FormValues.requiredDate(task, "servedOn");
        Deadline statement = deadlines.open(task, DeadlineKind.STATEMENT_WINDOW, servedOn);
        Deadline hearing = deadlines.open(task, DeadlineKind.HEARING_REQUEST, servedOn);
        Date later = statement.expiresAt().after(hearing.expiresAt()) ? statement.expiresAt() : hearing.expiresAt();
        task.setVariable(ProcessVariables.STATEMENT_PHASE_EXPIRES_AT, later);
    }
}
