package cn.fanxiao.enforcement.process;

import java.time.LocalDateTime;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

import cn.fanxiao.cases.CaseService;
import cn.fanxiao.cases.VisitData;
import cn.fanxiao.cases.VisitMethod;
import cn.fanxiao.cases.VisitOutcome;
import cn.fanxiao.deadlines.LegalTime;

/**
 * 入户劝返走访: the visit entered on the task goes into the case file. A task completed because the visit was
 * recorded on the case directly carries that visit's id and records nothing.
 */
@Component
public class RecordPersuasionVisit implements TaskListener {

    /** set while this listener records a visit, so the case's "visit recorded" event does not complete the task */
    private final ThreadLocal<Boolean> recording = ThreadLocal.withInitial(() -> false);

    private final CaseService cases;
    private final Actors actors;

    public RecordPersuasionVisit(CaseService cases, Actors actors) {
        this.cases = cases;
        this.actors = actors;
    }

    @Override
    public void notify(DelegateTask task) {
        if (task.getVariableLocal(ProcessVariables.VISIT_ID) != null) {
            return;
        }
        LocalDateTime visitedAt = FormValues.dateTime(task, "visitedAt");
        VisitData visit = new VisitData(
                visitedAt.atZone(LegalTime.ZONE).toInstant(),
                FormValues.text(task, "place"),
                FormValues.enumValue(task, "method", VisitMethod.class),
                FormValues.text(task, "participants"),
                FormValues.text(task, "personsMet"),
                FormValues.text(task, "reasonAnalysis"),
                FormValues.enumValue(task, "outcome", VisitOutcome.class),
                FormValues.date(task, "agreedReturnDate"),
                FormValues.text(task, "nextStep"));
        recording.set(true);
        try {
            long visitId = cases.recordVisit(ProcessVariables.caseId(task), visit,
                    actors.currentUser(() -> ProcessVariables.countyCode(task))).id();
            task.setVariableLocal(ProcessVariables.VISIT_ID, visitId);
        } finally {
            recording.remove();
        }
    }

    /** Whether the visit being recorded on this thread comes from a visit task. */
    public boolean isRecordingFromTask() {
        return recording.get();
    }
}
