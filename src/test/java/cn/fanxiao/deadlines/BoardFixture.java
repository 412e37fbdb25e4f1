package cn.fanxiao.deadlines;

import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;

import org.camunda.bpm.engine.impl.util.ClockUtil;

import cn.fanxiao.accounts.CurrentUser;
import cn.fanxiao.cases.CaseService;
import cn.fanxiao.cases.ChildData;
import cn.fanxiao.cases.NewCase;
import cn.fanxiao.cases.ResponsibleLine;
import cn.fanxiao.cases.ResponsiblePersonData;
import cn.fanxiao.demo.DemoChildren;
import cn.fanxiao.demo.ProcessDriver;

/** Opens cases that stand at the return notice (a RETURN_NOTICE deadline of 7 calendar days) on a fixed "today". */
public final class BoardFixture {

    /** Monday 14 September 2026, 10:00 in Shanghai (the 2026 calendar is published). */
    public static final LocalDate TODAY = LocalDate.of(2026, 9, 14);

    private static final AtomicInteger SEQUENCE = new AtomicInteger(ThreadLocalRandom.current().nextInt(50_000, 150_000));

    private BoardFixture() {
    }

    public static void fixToday() {
        ClockUtil.setCurrentTime(Date.from(ZonedDateTime.of(TODAY.atTime(10, 0), LegalTime.ZONE).toInstant()));
    }

    public static void resetClock() {
        ClockUtil.reset();
    }

    /** A case whose return notice was served on {@code servedOn}, with {@code responsibleUsername} on the government line. */
    public static long caseServedOn(CaseService cases, ProcessDriver driver, CurrentUser officer, String childName,
                                    String responsibleUsername, LocalDate servedOn) {
        NewCase base = DemoChildren.newCase(officer.townshipCode(), SEQUENCE.incrementAndGet(), servedOn.minusDays(20));
        ChildData c = base.child();
        ChildData child = new ChildData(childName, c.gender(), c.birthDate(), c.residentIdNumber(),
                c.studentRegistryNumber(), c.ethnicity(), c.householdAddress(), c.lowIncome(), c.disabled(),
                c.leftBehind(), c.migrant());
        NewCase command = new NewCase(child, base.guardians(), base.schoolCode(), base.villageCode(), base.grade(),
                base.className(), base.reasonCategory(), base.reasonDetail(), base.dropoutDate(),
                List.of(new ResponsiblePersonData(ResponsibleLine.GOVERNMENT, "李青", "副镇长", null, responsibleUsername),
                        new ResponsiblePersonData(ResponsibleLine.EDUCATION, "陈老师", "班主任", null, null)));
        long id = cases.open(command, officer).id();
        driver.complete(id, "verifyDropout", Map.of("verification", "CONFIRMED"), officer);
        driver.serve(id, "issueReturnNotice", servedOn, Map.of(), officer);
        return id;
    }
}
