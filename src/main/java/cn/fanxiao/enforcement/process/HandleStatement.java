package cn.fanxiao.enforcement.process;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

import cn.fanxiao.deadlines.DeadlineKind;

/**
 * 陈述申辩/听证处理: the party answered (or expressly waived) in time, or the windows ran out, which the prior
 * notice told the party counts as a waiver.
 */
@Component
public class HandleStatement implements TaskListener {

    public static final String STATEMENT_OUTCOME = "statementOutcome";

    public enum Outcome {
        WAIVED("当事人明确放弃陈述申辩"),
        STATEMENT_HEARD("已听取陈述申辩"),
        HEARING_REQUESTED("当事人要求听证");

        private final String label;

        Outcome(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    private final CaseDeadlines deadlines;

    public HandleStatement(CaseDeadlines deadlines) {
        this.deadlines = deadlines;
    }

    @Override
    public void notify(DelegateTask task) {
        deadlines.met(task, DeadlineKind.STATEMENT_WINDOW);
        deadlines.met(task, DeadlineKind.HEARING_REQUEST);
    }

    /** The windows' timer fired with no answer recorded: treat as waived. */
    public void windowsLapsed(DelegateExecution execution) {
        deadlines.expired(execution, DeadlineKind.STATEMENT_WINDOW);
        deadlines.expired(execution, DeadlineKind.HEARING_REQUEST);
        execution.setVariable(STATEMENT_OUTCOME, Outcome.WAIVED.name());
    }
}
