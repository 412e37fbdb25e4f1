package cn.fanxiao.enforcement.process;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

import cn.fanxiao.deadlines.DeadlineKind;

/** 登记调解或判决结果: mediation, judgment or withdrawal; the case then goes to closure approval. */
@Component
public class RecordCivilOutcome implements TaskListener {

    public enum Outcome {
        MEDIATION("调解"),
        JUDGMENT("判决"),
        WITHDRAWN("撤诉");

        private final String label;

        Outcome(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    private final CaseDeadlines deadlines;

    public RecordCivilOutcome(CaseDeadlines deadlines) {
        this.deadlines = deadlines;
    }

    @Override
    public void notify(DelegateTask task) {
        deadlines.met(task, DeadlineKind.CIVIL_TRIAL);
    }
}
