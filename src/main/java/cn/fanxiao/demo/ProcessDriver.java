package cn.fanxiao.demo;

import java.time.LocalDate;
import java.util.Date;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.springframework.stereotype.Component;

import cn.fanxiao.accounts.CurrentUser;
import cn.fanxiao.cases.CaseService;
import cn.fanxiao.cases.CaseView;
import cn.fanxiao.deadlines.NewService;
import cn.fanxiao.deadlines.NewServiceAttempt;
import cn.fanxiao.deadlines.ServedDocument;
import cn.fanxiao.deadlines.ServiceMethod;
import cn.fanxiao.deadlines.ServiceRecord;
import cn.fanxiao.deadlines.ServiceRecords;
import cn.fanxiao.deadlines.LegalTime;
import cn.fanxiao.documents.DocumentType;
import cn.fanxiao.documents.IssuedDocument;
import cn.fanxiao.documents.Notices;
import cn.fanxiao.enforcement.Enforcement;
import cn.fanxiao.enforcement.SigningTasks;
import cn.fanxiao.enforcement.process.SignDocument;
import cn.fanxiao.enforcement.ServiceTasks;
import cn.fanxiao.enforcement.EnforcementTask;

/**
 * Moves cases along their process the way staff and the clock would: completes a case's task through the
 * {@link Enforcement} API (validation, claim, history) and runs the timers that have fallen due.
 * Used by the demo loader and by the engine benchmark.
 */
@Component
public class ProcessDriver {

    private final Enforcement enforcement;
    private final ManagementService management;
    private final ServiceRecords services;
    private final CaseService cases;
    private final Notices notices;

    public ProcessDriver(Enforcement enforcement, ManagementService management, ServiceRecords services,
                         CaseService cases, Notices notices) {
        this.enforcement = enforcement;
        this.management = management;
        this.services = services;
        this.cases = cases;
        this.notices = notices;
    }

    /**
     * Signs and serves a notice the way staff do: completes the 审核并签发 task before {@code taskKey} (with what an
     * officer types for that notice, see {@link #typedDetails}), records that the notice was served directly on the
     * first guardian at 10:00 on {@code servedOn}, then completes the 送达 task with {@code form}. A past
     * {@code servedOn} (the demo's history) is acted out on that day: the engine's clock is set back for the
     * signing and the service, so the notice is issued on the day it was served, as it would have been.
     */
    public void serve(long caseId, String taskKey, LocalDate servedOn, Map<String, Object> form, CurrentUser user) {
        ServedDocument document = ServiceTasks.documentServedBy(taskKey)
                .orElseThrow(() -> new IllegalArgumentException(taskKey + " serves no document"));
        DocumentType type = DocumentType.of(document);
        boolean past = servedOn.isBefore(LegalTime.today());
        long offset = ClockUtil.getCurrentTime().getTime() - System.currentTimeMillis(); // a test may have moved it
        if (past) {
            ClockUtil.setCurrentTime(Date.from(servedOn.atTime(9, 0).atZone(LegalTime.ZONE).toInstant()));
        }
        try {
            String signTask = SigningTasks.taskSigning(type).orElseThrow();
            if (enforcement.currentTasks(caseId).stream().anyMatch(t -> t.key().equals(signTask))) {
                complete(caseId, signTask, Map.of(SignDocument.DETAILS, typedDetails(type)), user);
            }
            IssuedDocument signed = notices.inForce(caseId, type)
                    .orElseThrow(() -> new IllegalStateException("case " + caseId + " has no " + type + " in force"));
            CaseView c = cases.getForProcess(caseId);
            CaseView.GuardianView guardian = c.guardians().get(0);
            String address = guardian.address() != null ? guardian.address() : c.child().householdAddress();
            ServiceRecord record = services.open(caseId, new NewService(document, signed.number(), signed.issuedOn(),
                    guardian.name(), address, signed.id()), user.username());
            services.recordAttempt(caseId, record.id(), new NewServiceAttempt(ServiceMethod.DIRECT, true,
                    servedOn.atTime(10, 0), guardian.name(), null, null, null, null, null, null, null, null, null, null,
                    null, List.of(user.displayName()), List.of("送达回证（签收）"), null), c.townshipCode(),
                    user.username());
        } finally {
            if (past) {
                ClockUtil.offset(offset);
            }
        }
        complete(caseId, taskKey, form, user);
    }

    /**
     * What an officer types when signing: the case file, the settings and the notices served before supply the rest.
     * Facts, evidence and amounts of a penalty are always the officer's own.
     */
    public static Map<String, Object> typedDetails(DocumentType type) {
        return switch (type) {
            case PRIOR_NOTICE -> Map.of(
                    "facts", "经两次送达通知并责令限期改正，监护人仍无正当理由拒不送适龄子女返校接受义务教育。",
                    "evidence", List.of("入学（复学）通知书及送达回证", "限期复学通知书及送达回证", "劝返（家访）记录"),
                    "fineAmount", "500");
            case PENALTY_DECISION -> Map.of(
                    "facts", "监护人逾期仍未送适龄子女返校接受义务教育。",
                    "evidence", List.of("限期复学通知书及送达回证", "行政处罚事先告知书及送达回证"),
                    "statementHandling", "当事人在规定期限内未提出陈述、申辩，也未要求听证。");
            case DEMAND_LETTER -> Map.of(
                    "obligations", List.of("将子女送回学校复学", "缴纳罚款"),
                    "fineAmount", "500");
            default -> Map.of();
        };
    }

    /** Completes the open task {@code taskKey} of a case; fails if the case is not waiting at it. */
    public void complete(long caseId, String taskKey, Map<String, Object> form, CurrentUser user) {
        EnforcementTask task = enforcement.currentTasks(caseId).stream()
                .filter(t -> t.key().equals(taskKey))
                .findFirst()
                .orElseThrow(() -> new IllegalStateException("case " + caseId + " is not waiting at " + taskKey
                        + " but at " + enforcement.currentTasks(caseId).stream().map(EnforcementTask::key).toList()));
        enforcement.complete(task.id(), form, user);
    }

    /** The process instances that have a job due by the engine's clock. */
    public java.util.Set<String> instancesWithDueJobs() {
        return management.createJobQuery().executable().list().stream().map(Job::getProcessInstanceId)
                .collect(java.util.stream.Collectors.toSet());
    }

    /** {@link #fireDueJobs()} for one process instance: instances can be driven in parallel. */
    public int fireDueJobs(String processInstanceId) {
        int fired = 0;
        while (fired < 10_000) {
            List<Job> due = management.createJobQuery().processInstanceId(processInstanceId).executable()
                    .orderByJobDuedate().asc().listPage(0, 1);
            if (due.isEmpty()) {
                return fired;
            }
            management.executeJob(due.get(0).getId());
            fired++;
        }
        throw new IllegalStateException("jobs keep falling due in " + processInstanceId);
    }

    /**
     * Executes the jobs due by the engine's clock, one at a time and re-queried each time, because a timer that
     * fires may end the activity that carried other due timers; returns how many ran.
     */
    public int fireDueJobs() {
        int fired = 0;
        while (fired < 1_000_000) {
            List<Job> due = management.createJobQuery().executable().orderByJobDuedate().asc().listPage(0, 1);
            if (due.isEmpty()) {
                return fired;
            }
            try {
                management.executeJob(due.get(0).getId());
                fired++;
            } catch (OptimisticLockingException ranElsewhere) {
                // the job executor (demo) or another benchmark thread got there first
            }
        }
        throw new IllegalStateException("jobs keep falling due: a timer loop?");
    }
}
