package cn.fanxiao.audit.internal;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;

import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.history.HistoricActivityInstance;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import cn.fanxiao.accounts.CurrentUser;
import cn.fanxiao.audit.AuditTrail;
import cn.fanxiao.audit.TimelineEntry;
import cn.fanxiao.cases.CaseService;
import cn.fanxiao.cases.CaseView;

/** Merges the audit log with the engine's activity history into one case timeline. */
@Service
class CaseTimeline implements AuditTrail {

    /** Plumbing the user does not need to see in a timeline. */
    private static final Set<String> HIDDEN = Set.of("exclusiveGateway", "parallelGateway", "inclusiveGateway",
            "eventBasedGateway", "multiInstanceBody", "noneEndEvent", "intermediateNoneThrowEvent");

    private final AuditLog log;
    private final CaseService cases;
    private final HistoryService history;

    CaseTimeline(AuditLog log, CaseService cases, HistoryService history) {
        this.log = log;
        this.cases = cases;
        this.history = history;
    }

    @Override
    @Transactional(readOnly = true)
    public List<TimelineEntry> timeline(long caseId, CurrentUser user) {
        CaseView c = cases.get(caseId, user);
        List<TimelineEntry> entries = new ArrayList<>();
        for (AuditRow row : log.forCase(caseId)) {
            entries.add(new TimelineEntry(row.occurredAt, row.actor, "CASE", row.eventType, row.summary));
        }
        for (HistoricProcessInstance pi : history.createHistoricProcessInstanceQuery()
                .processInstanceBusinessKey(c.caseNumber()).list()) {
            for (HistoricActivityInstance a : history.createHistoricActivityInstanceQuery()
                    .processInstanceId(pi.getId()).orderByHistoricActivityInstanceStartTime().asc()
                    .orderPartiallyByOccurrence().asc().list()) {
                addActivity(entries, a);
            }
        }
        entries.sort(Comparator.comparing(TimelineEntry::at));
        return entries;
    }

    private static void addActivity(List<TimelineEntry> entries, HistoricActivityInstance a) {
        String type = a.getActivityType();
        if (HIDDEN.contains(type) || a.getActivityName() == null) {
            return;
        }
        String name = a.getActivityName();
        switch (type) {
            case "userTask" -> {
                entries.add(new TimelineEntry(a.getStartTime().toInstant(), "system", "PROCESS", "TASK_CREATED",
                        "待办生成：" + name));
                if (a.getEndTime() != null) {
                    boolean done = !a.isCanceled();
                    entries.add(new TimelineEntry(a.getEndTime().toInstant(),
                            done && a.getAssignee() != null ? a.getAssignee() : "system", "PROCESS",
                            done ? "TASK_COMPLETED" : "TASK_CANCELLED", (done ? "办结：" : "终止：") + name));
                }
            }
            case "boundaryTimer", "intermediateTimer", "startTimerEvent" -> entries.add(new TimelineEntry(
                    a.getStartTime().toInstant(), "system", "PROCESS", "TIMER_FIRED", "定时触发：" + name));
            case "subProcess" -> {
                entries.add(new TimelineEntry(a.getStartTime().toInstant(), "system", "PROCESS", "STEP_ENTERED",
                        "进入：" + name));
                if (a.getEndTime() != null) {
                    entries.add(new TimelineEntry(a.getEndTime().toInstant(), "system", "PROCESS", "STEP_LEFT",
                            "结束：" + name));
                }
            }
            default -> entries.add(new TimelineEntry(a.getStartTime().toInstant(), "system", "PROCESS",
                    type.toUpperCase(), name));
        }
    }

    @Override
    @Transactional(readOnly = true)
    public ChainCheck verify(long caseId, CurrentUser user) {
        cases.get(caseId, user);
        Long broken = log.firstBroken(caseId);
        return new ChainCheck(caseId, log.forCase(caseId).size(), broken == null, broken);
    }

}
