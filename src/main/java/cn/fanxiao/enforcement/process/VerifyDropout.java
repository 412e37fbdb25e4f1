package cn.fanxiao.enforcement.process;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

import cn.fanxiao.cases.CaseService;
import cn.fanxiao.cases.ClosureReason;

/**
 * 核查疑似辍学: a suspected dropout that turns out not to be one (an approved exemption, a transfer) is closed
 * here, by the person who verified it, with their note.
 */
@Component
public class VerifyDropout implements TaskListener {

    public static final String VERIFICATION = "verification";

    /** The verification outcomes; the last two close the case with the same-named reason. */
    public enum Outcome {
        CONFIRMED("确认辍学"),
        NOT_A_DROPOUT("经核查不属于辍学"),
        TRANSFERRED("经核实转学或异地就读");

        private final String label;

        Outcome(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    private final CaseService cases;

    public VerifyDropout(CaseService cases) {
        this.cases = cases;
    }

    @Override
    public void notify(DelegateTask task) {
        Outcome outcome = FormValues.enumValue(task, VERIFICATION, Outcome.class);
        if (outcome != Outcome.CONFIRMED) {
            cases.closeByProcess(ProcessVariables.caseId(task), ClosureReason.valueOf(outcome.name()),
                    FormValues.text(task, "note"), Actors.of(task));
        }
    }
}
