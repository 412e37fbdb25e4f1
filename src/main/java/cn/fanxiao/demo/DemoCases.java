package cn.fanxiao.demo;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import cn.fanxiao.accounts.CurrentUser;
import cn.fanxiao.cases.CaseSearch;
import cn.fanxiao.cases.CaseService;
import cn.fanxiao.cases.ReturnReport;
import cn.fanxiao.cases.VisitData;
import cn.fanxiao.cases.VisitMethod;
import cn.fanxiao.cases.VisitOutcome;
import cn.fanxiao.deadlines.LegalTime;

/**
 * Cases standing at every step, made the way staff would: each act dated in the past, so the statutory periods
 * they start have run out and their timers fire at once. Nothing is written around the process.
 */
@Component
public class DemoCases {

    private static final Logger log = LoggerFactory.getLogger(DemoCases.class);

    private final CaseService cases;
    private final ProcessDriver driver;

    public DemoCases(CaseService cases, ProcessDriver driver) {
        this.cases = cases;
        this.driver = driver;
    }

    public boolean loaded() {
        return !cases.search(new CaseSearch(null, null, null, null, null, 0, 1), DemoUsers.LEGAL).isEmpty();
    }

    public void load() {
        LocalDate t = LegalTime.today();
        LocalDate dropout = t.minusDays(330);
        CurrentUser qs = DemoUsers.QINGSHI;
        CurrentUser hk = DemoUsers.HEKOU;
        CurrentUser cg = DemoUsers.CHENGGUAN;
        CurrentUser legal = DemoUsers.LEGAL;

        // 核查: just reported by the school
        open(DemoCounty.QINGSHI, 0, t.minusDays(5), qs);

        // 第一步: return notice served two days ago, one home visit recorded
        long persuasion = open(DemoCounty.QINGSHI, 1, t.minusDays(40), qs);
        confirm(persuasion, qs);
        driver.serve(persuasion, "issueReturnNotice", t.minusDays(2), Map.of(), qs);
        cases.recordVisit(persuasion, new VisitData(Instant.now().minusSeconds(86_400), "石门村3组学生家中",
                VisitMethod.IN_PERSON, "班主任陈老师、镇控辍专干李青、村主任", "学生及其祖母",
                "学生厌学，父母在外务工，祖母无力管教", VisitOutcome.UNDECIDED, null, "联系在外务工的父亲视频沟通"), qs);

        // 第二步: the return notice ran out, the order to return was served three days ago
        long order = open(DemoCounty.QINGSHI, 2, dropout, qs);
        confirm(order, qs);
        driver.serve(order, "issueReturnNotice", t.minusDays(30), Map.of(), qs);
        driver.fireDueJobs();
        driver.serve(order, "serveOrderToReturn", t.minusDays(3), Map.of(), qs);

        // 第三步 (青石镇 has penalty power): prior notice served, the statement window has passed
        long penalty = open(DemoCounty.QINGSHI, 3, dropout, qs);
        confirm(penalty, qs);
        driver.serve(penalty, "issueReturnNotice", t.minusDays(70), Map.of(), qs);
        driver.fireDueJobs();
        driver.serve(penalty, "serveOrderToReturn", t.minusDays(60), Map.of(), qs);
        driver.fireDueJobs();
        driver.complete(penalty, "openPenaltyCase", Map.of("openedOn", d(t.minusDays(30))), legal);
        driver.serve(penalty, "servePriorNotice", t.minusDays(20), Map.of(), legal);
        driver.fireDueJobs();

        // 第四步 (非诉执行): decision served long ago, remedy windows over, demand letter's wait over
        long court = open(DemoCounty.QINGSHI, 4, dropout, qs);
        confirm(court, qs);
        driver.serve(court, "issueReturnNotice", t.minusDays(320), Map.of(), qs);
        driver.fireDueJobs();
        driver.serve(court, "serveOrderToReturn", t.minusDays(310), Map.of(), qs);
        driver.fireDueJobs();
        driver.complete(court, "openPenaltyCase", Map.of("openedOn", d(t.minusDays(290))), legal);
        driver.serve(court, "servePriorNotice", t.minusDays(288), Map.of(), legal);
        driver.complete(court, "handleStatement", Map.of("statementOutcome", "WAIVED"), legal);
        driver.complete(court, "decidePenalty", Map.of("penaltyDecision", "PENALISE",
                "decidedOn", d(t.minusDays(275)), "fineAmount", "1000"), legal);
        driver.serve(court, "servePenaltyDecision", t.minusDays(274), Map.of(), legal);
        driver.fireDueJobs();
        driver.serve(court, "serveDemandLetter", t.minusDays(25), Map.of(), legal);
        driver.fireDueJobs();

        // 第四步 (民事诉讼): 河口乡 has no penalty power, so the expired order leads to a civil suit
        long civil = open(DemoCounty.HEKOU, 0, dropout, hk);
        confirm(civil, hk);
        driver.serve(civil, "issueReturnNotice", t.minusDays(60), Map.of(), hk);
        driver.fireDueJobs();
        driver.serve(civil, "serveOrderToReturn", t.minusDays(40), Map.of(), hk);
        driver.fireDueJobs();

        // 第一步 in 河口乡
        long hekou = open(DemoCounty.HEKOU, 1, t.minusDays(15), hk);
        confirm(hekou, hk);

        // 复学 → 保学 (red list)
        long returned = open(DemoCounty.CHENGGUAN, 0, t.minusDays(60), cg);
        confirm(returned, cg);
        driver.serve(returned, "issueReturnNotice", t.minusDays(10), Map.of(), cg);
        cases.reportReturn(returned, new ReturnReport(t.minusDays(1), DemoCounty.CHENGGUAN_SCHOOL), cg);

        // 结案: verified as a transfer to another province
        long transferred = open(DemoCounty.CHENGGUAN, 1, t.minusDays(20), cg);
        driver.complete(transferred, "verifyDropout", Map.of("verification", "TRANSFERRED",
                "note", "经全国学籍系统核实，已在浙江省就读"), cg);
        log.info("demo cases loaded: one at every step of the four-step process");
    }

    private long open(String township, int n, LocalDate dropoutDate, CurrentUser user) {
        return cases.open(DemoChildren.newCase(township, n, dropoutDate), user).id();
    }

    private void confirm(long caseId, CurrentUser user) {
        driver.complete(caseId, "verifyDropout", Map.of("verification", "CONFIRMED"), user);
    }

    private static String d(LocalDate date) {
        return date.toString();
    }
}
