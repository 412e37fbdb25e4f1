package cn.fanxiao.enforcement;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

import cn.fanxiao.accounts.CurrentUser;
import cn.fanxiao.accounts.Jurisdictions;
import cn.fanxiao.accounts.Role;
import cn.fanxiao.cases.CaseService;
import cn.fanxiao.cases.CaseView;
import cn.fanxiao.cases.ChildData;
import cn.fanxiao.cases.Gender;
import cn.fanxiao.cases.GuardianData;
import cn.fanxiao.cases.NewCase;
import cn.fanxiao.cases.ReasonCategory;
import cn.fanxiao.cases.ReturnReport;
import cn.fanxiao.deadlines.Deadline;
import cn.fanxiao.deadlines.DeadlineKind;
import cn.fanxiao.deadlines.Deadlines;
import cn.fanxiao.deadlines.LegalTime;
import cn.fanxiao.deadlines.ServiceRecords;
import cn.fanxiao.demo.DemoCounty;
import cn.fanxiao.demo.DemoIds;
import cn.fanxiao.demo.ProcessDriver;
import cn.fanxiao.testsupport.H2IntegrationTest;

/**
 * The process tests share one application context (profile {@code test}: in-memory H2, job executor off, so
 * tests run due jobs themselves) with the demo county's jurisdictions. Time is the engine clock, moved with
 * {@link ClockUtil} and reset after each test; these tests must therefore never run in parallel.
 */
@H2IntegrationTest
@AutoConfigureMockMvc
@RecordApplicationEvents
abstract class EnforcementTestSupport {

    /** a Monday morning in the legal zone */
    static final ZonedDateTime START = ZonedDateTime.of(2026, 3, 2, 9, 0, 0, 0, LegalTime.ZONE);

    static final CurrentUser LEGAL = new CurrentUser("legal", "王法明", Role.BUREAU_LEGAL, DemoCounty.COUNTY, null, null);
    static final CurrentUser QINGSHI_OFFICER = new CurrentUser("qingshi", "李青", Role.TOWNSHIP_OFFICER,
            DemoCounty.COUNTY, DemoCounty.QINGSHI, null);
    static final CurrentUser HEKOU_OFFICER = new CurrentUser("hekou", "赵河", Role.TOWNSHIP_OFFICER,
            DemoCounty.COUNTY, DemoCounty.HEKOU, null);
    static final CurrentUser TEACHER = new CurrentUser("teacher", "陈老师", Role.SCHOOL_STAFF,
            DemoCounty.COUNTY, DemoCounty.QINGSHI, DemoCounty.QINGSHI_SCHOOL);
    static final CurrentUser AUDITOR = new CurrentUser("auditor", "孙审", Role.AUDITOR, DemoCounty.COUNTY, null, null);

    private static final AtomicLong REGISTRY = new AtomicLong(System.nanoTime());

    @Autowired
    ProcessEngine processEngine;
    @Autowired
    RuntimeService runtime;
    @Autowired
    TaskService taskService;
    @Autowired
    ManagementService management;
    @Autowired
    HistoryService history;
    @Autowired
    CaseService cases;
    @Autowired
    Deadlines deadlines;
    @Autowired
    Enforcement enforcement;
    @Autowired
    Jurisdictions jurisdictions;
    @Autowired
    DemoCounty demoCounty;
    @Autowired
    ApplicationEvents events;
    @Autowired
    ProcessDriver driver;
    @Autowired
    cn.fanxiao.documents.Notices notices;
    @Autowired
    ServiceRecords services;

    /** the cases this test opened (relapses included): due jobs are run for their processes only */
    private final List<Long> caseIds = new ArrayList<>();

    @BeforeEach
    void startClockAndCounty() {
        ClockUtil.setCurrentTime(Date.from(START.toInstant()));
        BpmnAwareTests.init(processEngine);
        demoCounty.install();
    }

    @AfterEach
    void resetClock() {
        ClockUtil.reset();
    }

    // ---- cases and processes ----

    /** A case in 青石镇 (fine allowed). */
    CaseView openQingshiCase() {
        return openCase(QINGSHI_OFFICER, DemoCounty.QINGSHI_SCHOOL);
    }

    /** A case in 河口乡 (no penalty power: step 2 leads to a civil suit). */
    CaseView openHekouCase() {
        return openCase(HEKOU_OFFICER, DemoCounty.HEKOU_SCHOOL);
    }

    CaseView openCase(CurrentUser user, String schoolCode) {
        // ID numbers are on every notice the process signs (legal-process.md §4.3): distinct ones per case
        long n = REGISTRY.incrementAndGet();
        LocalDate birth = LocalDate.of(2012, 5, 1).plusDays(n / 400 % 300);
        NewCase command = new NewCase(
                new ChildData("张小明", Gender.MALE, birth, DemoIds.residentId("539911", birth, (int) (n % 400), true),
                        "T" + n, "汉族", "石门村", false, false, true, false),
                List.of(new GuardianData("父亲", "张大山", DemoIds.residentId("539911", LocalDate.of(1985, 3, 1)
                        .plusDays(n / 400 % 300), (int) (n % 400), true), "13800000000", "石门村", "外省务工", true)),
                schoolCode, null, "七年级", "1班", ReasonCategory.MIGRANT_WORK, null,
                START.toLocalDate().minusDays(20), List.of());
        CaseView opened = cases.open(command, user);
        track(opened.id());
        return opened;
    }

    void track(long caseId) {
        caseIds.add(caseId);
    }

    ProcessInstance process(long caseId) {
        return runtime.createProcessInstanceQuery().processDefinitionKey("dropoutEnforcement")
                .variableValueEquals("caseId", caseId).singleResult();
    }

    List<Task> tasks(long caseId, String key) {
        return taskService.createTaskQuery().processVariableValueEquals("caseId", caseId)
                .taskDefinitionKey(key).list();
    }

    Task task(long caseId, String key) {
        List<Task> found = tasks(caseId, key);
        assertThat(found).as("open tasks %s of case %s", key, caseId).hasSize(1);
        return found.get(0);
    }

    /** Completes the case's one open task of {@code key} through the enforcement API. */
    void complete(long caseId, String key, CurrentUser user, Object... nameValuePairs) {
        enforcement.complete(task(caseId, key).getId(), form(nameValuePairs), user);
    }

    /** A 送达 task: the document is served directly on {@code servedOn} (a service record), then the task completed. */
    void serve(long caseId, String key, CurrentUser user, String servedOn, Object... nameValuePairs) {
        driver.serve(caseId, key, LocalDate.parse(servedOn), form(nameValuePairs), user);
    }

    static Map<String, Object> form(Object... nameValuePairs) {
        Map<String, Object> form = new LinkedHashMap<>();
        for (int i = 0; i < nameValuePairs.length; i += 2) {
            form.put((String) nameValuePairs[i], nameValuePairs[i + 1]);
        }
        return form;
    }

    static String today() {
        return LegalTime.today().toString();
    }

    // ---- walking the steps ----

    void confirm(long caseId) {
        complete(caseId, "verifyDropout", TEACHER, "verification", "CONFIRMED");
    }

    /** Step 1 runs out: the notice is served today and the clock passes its deadline. */
    void persuasionFails(long caseId, CurrentUser officer) {
        serve(caseId, "issueReturnNotice", officer, today());
        moveTo(deadline(caseId, DeadlineKind.RETURN_NOTICE).expiresAt());
    }

    /** Step 2 runs out: the order is served today and the clock passes its deadline. */
    void orderNotComplied(long caseId, CurrentUser officer) {
        serve(caseId, "serveOrderToReturn", officer, today());
        moveTo(deadline(caseId, DeadlineKind.ORDER_TO_RETURN).expiresAt());
    }

    /** A 青石镇 case at {@code openPenaltyCase}. */
    CaseView qingshiCaseAtPenalty() {
        CaseView c = openQingshiCase();
        confirm(c.id());
        persuasionFails(c.id(), QINGSHI_OFFICER);
        orderNotComplied(c.id(), QINGSHI_OFFICER);
        return c;
    }

    /** A 青石镇 case at {@code decidePenalty}: case opened, prior notice served, statement heard. */
    CaseView qingshiCaseAtDecision() {
        CaseView c = qingshiCaseAtPenalty();
        complete(c.id(), "openPenaltyCase", LEGAL, "openedOn", today());
        serve(c.id(), "servePriorNotice", LEGAL, today());
        complete(c.id(), "handleStatement", LEGAL, "statementOutcome", "STATEMENT_HEARD");
        return c;
    }

    /** A 青石镇 case whose penalty decision was served today: waiting for the remedy windows. */
    CaseView qingshiCaseWithDecisionServed() {
        CaseView c = qingshiCaseAtDecision();
        complete(c.id(), "decidePenalty", LEGAL, "penaltyDecision", "PENALISE", "decidedOn", today(),
                "fineAmount", "1000");
        serve(c.id(), "servePenaltyDecision", LEGAL, today());
        return c;
    }

    /** A 青石镇 case in step 4a at {@code serveDemandLetter}: the lawsuit window ran out. */
    CaseView qingshiCaseAtCourtEnforcement() {
        CaseView c = qingshiCaseWithDecisionServed();
        moveTo(deadline(c.id(), DeadlineKind.LAWSUIT_WINDOW).expiresAt());
        return c;
    }

    /** A 河口乡 case (no penalty power) in step 4b at {@code fileCivilComplaint}. */
    CaseView hekouCaseAtCivilSuit() {
        CaseView c = openHekouCase();
        complete(c.id(), "verifyDropout", HEKOU_OFFICER, "verification", "CONFIRMED");
        persuasionFails(c.id(), HEKOU_OFFICER);
        orderNotComplied(c.id(), HEKOU_OFFICER);
        return c;
    }

    /** A 河口乡 case at {@code approveClosure} after a civil suit ended in mediation. */
    CaseView hekouCaseAtClosureApproval() {
        CaseView c = hekouCaseAtCivilSuit();
        complete(c.id(), "fileCivilComplaint", HEKOU_OFFICER, "filedOn", today());
        complete(c.id(), "recordCourtAcceptance", HEKOU_OFFICER, "acceptedOn", today());
        complete(c.id(), "recordCivilOutcome", HEKOU_OFFICER, "civilOutcome", "MEDIATION", "decidedOn", today());
        return c;
    }

    /** 复学 reported today at the case's own school. */
    void reportReturn(CaseView c, CurrentUser user) {
        cases.reportReturn(c.id(), new ReturnReport(LegalTime.today(), c.schoolCode()), user);
    }

    <E> List<E> published(Class<E> type) {
        return events.stream(type).toList();
    }

    // ---- deadlines and time ----

    Deadline deadline(long caseId, DeadlineKind kind) {
        return deadlines.forCase(caseId).stream().filter(d -> d.kind() == kind)
                .max(java.util.Comparator.comparingLong(Deadline::id))
                .orElseThrow(() -> new AssertionError("no deadline " + kind + " on case " + caseId));
    }

    /** Moves the clock a minute past {@code moment} and runs the jobs that are due by then. */
    void moveTo(Date moment) {
        moveTo(moment.toInstant().plusSeconds(60));
    }

    void moveTo(Instant moment) {
        assertThat(moment).as("time only moves forward").isAfterOrEqualTo(LegalTime.now());
        ClockUtil.setCurrentTime(Date.from(moment));
        runDueJobs();
    }

    void moveToDay(LocalDate day) {
        moveTo(day.atTime(9, 0).atZone(LegalTime.ZONE).toInstant());
    }

    /** Runs due jobs of this test's processes, earliest first, until none is due (a job may create or delete others). */
    void runDueJobs() {
        for (int executed = 0; executed < 500; executed++) {
            Job next = dueJobs().stream().findFirst().orElse(null);
            if (next == null) {
                return;
            }
            management.executeJob(next.getId());
        }
        throw new AssertionError("jobs keep falling due: a timer cycle without progress?");
    }

    private List<Job> dueJobs() {
        Date now = new Date(LegalTime.now().toEpochMilli() + 1);
        List<Job> due = new ArrayList<>();
        for (long caseId : caseIds) {
            ProcessInstance p = process(caseId);
            if (p != null) {
                due.addAll(management.createJobQuery().processInstanceId(p.getId()).duedateLowerThan(now).list());
            }
        }
        due.sort(java.util.Comparator.comparing(Job::getDuedate));
        return due;
    }
}
