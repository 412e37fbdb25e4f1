package cn.fanxiao.enforcement.process;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

import cn.fanxiao.deadlines.DeadlineKind;

/**
 * 作出处罚决定: the 90-day limit is met. A penalty must then be served within 7 working days (Art. 61);
 * no penalty (Art. 33: first, minor, corrected in time) goes to closure approval.
 */
@Component
public class DecidePenalty implements TaskListener {

    public static final String PENALTY_DECISION = "penaltyDecision";

    public enum Decision {
        PENALISE("给予行政处罚"),
        NO_PENALTY("不予行政处罚（行政处罚法第三十三条）");

        private final String label;

        Decision(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    private final CaseDeadlines deadlines;

    public DecidePenalty(CaseDeadlines deadlines) {
        this.deadlines = deadlines;
    }

    @Override
    public void notify(DelegateTask task) {
        deadlines.met(task, DeadlineKind.PENALTY_DECISION_LIMIT);
        if (FormValues.enumValue(task, PENALTY_DECISION, Decision.class) == Decision.PENALISE) {
            deadlines.open(task, DeadlineKind.DECISION_SERVICE, FormValues.requiredDate(task, "decidedOn"));
            task.setVariable(SignDocument.DECIDED_FINE_AMOUNT, task.getVariableLocal("fineAmount"));
        }
    }
}
