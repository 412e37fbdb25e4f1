package cn.fanxiao.enforcement.process;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

import cn.fanxiao.deadlines.DeadlineKind;

/** 登记法院裁定: the ruling (enforce or refuse) is on the task; the court's time limit no longer needs watching. */
@Component
public class RecordCourtRuling implements TaskListener {

    public enum Ruling {
        ENFORCE("准予强制执行"),
        REFUSE("不准予强制执行");

        private final String label;

        Ruling(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    private final CaseDeadlines deadlines;

    public RecordCourtRuling(CaseDeadlines deadlines) {
        this.deadlines = deadlines;
    }

    @Override
    public void notify(DelegateTask task) {
        deadlines.met(task, DeadlineKind.COURT_RULING);
    }
}
