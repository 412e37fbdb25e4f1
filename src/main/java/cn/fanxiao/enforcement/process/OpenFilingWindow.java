package cn.fanxiao.enforcement.process;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import cn.fanxiao.deadlines.Deadline;
import cn.fanxiao.deadlines.DeadlineKind;

/**
 * The lawsuit window ran out with the decision unperformed: the 3 months to apply to the court (行政强制法
 * Art. 53) run from the window's last day.
 */
@Component
public class OpenFilingWindow implements JavaDelegate {

    private final CaseDeadlines deadlines;

    public OpenFilingWindow(CaseDeadlines deadlines) {
        this.deadlines = deadlines;
    }

    @Override
    public void execute(DelegateExecution execution) {
        Deadline lawsuitWindow = deadlines.latest(execution, DeadlineKind.LAWSUIT_WINDOW)
                .orElseThrow(() -> new IllegalStateException("no lawsuit window on case " + ProcessVariables.caseId(execution)));
        deadlines.expired(execution, DeadlineKind.LAWSUIT_WINDOW);
        deadlines.open(execution, DeadlineKind.FILING_WINDOW, lawsuitWindow.dueDate());
    }
}
