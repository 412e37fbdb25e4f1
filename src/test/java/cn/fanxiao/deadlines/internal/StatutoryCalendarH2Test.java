package cn.fanxiao.deadlines.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;

import cn.fanxiao.accounts.Jurisdictions;
import cn.fanxiao.accounts.Setting;
import cn.fanxiao.deadlines.ComputedDue;
import cn.fanxiao.deadlines.DeadlineCalculator;
import cn.fanxiao.deadlines.PeriodUnit;
import cn.fanxiao.demo.DemoCounty;
import cn.fanxiao.testsupport.H2IntegrationTest;

/** Period counting on the calendar the migration ships (2025 and 2026 State Council notices). */
@H2IntegrationTest
@AutoConfigureMockMvc
class StatutoryCalendarH2Test {

    @Autowired
    DeadlineCalculator calculator;
    @Autowired
    Jurisdictions jurisdictions;
    @Autowired
    DemoCounty county;

    @BeforeEach
    void demoCounty() {
        county.install();
    }

    private ComputedDue due(String from, int amount, PeriodUnit unit) {
        return calculator.compute(LocalDate.parse(from), amount, unit, DemoCounty.QINGSHI);
    }

    // ---- legal-process.md §2.6, decision served Tue 2026-03-10 ----

    @Test
    void fineIsDueFifteenDaysAfterServiceOfTheDecision() {
        assertThat(due("2026-03-10", 15, PeriodUnit.CALENDAR_DAYS).due()).isEqualTo("2026-03-25");
    }

    @Test
    void reconsiderationWindowEndsOnTheMakeUpWorkingSaturday() {
        // 60 days → Sat 2026-05-09, a make-up working day: by default it is a working day, so nothing rolls
        ComputedDue d = due("2026-03-10", 60, PeriodUnit.CALENDAR_DAYS);
        assertThat(d.due()).isEqualTo("2026-05-09");
        assertThat(d.provisional()).isFalse();
    }

    @Test
    void lawsuitWindowEndsSixMonthsLater() {
        assertThat(due("2026-03-10", 6, PeriodUnit.MONTHS).due()).isEqualTo("2026-09-10");
    }

    @Test
    void demandLetterWaitCountsTheMakeUpSundayAndSkipsMidAutumn() {
        // served Mon 2026-09-14: the 10th working day is 2026-09-28 (Sun 09-20 works, 09-25…27 are off)
        assertThat(due("2026-09-14", 10, PeriodUnit.WORKING_DAYS).due()).isEqualTo("2026-09-28");
    }

    @Test
    void filingDeadlineIsThreeMonthsAfterTheLawsuitWindow() {
        assertThat(due("2026-09-10", 3, PeriodUnit.MONTHS).due()).isEqualTo("2026-12-10");
    }

    @Test
    void hearingRequestWindowCountsTheMakeUpSaturdayAndSkipsSpringFestival() {
        // prior notice served Thu 2026-02-12: 13, 14 (make-up), 24, 25, 26
        assertThat(due("2026-02-12", 5, PeriodUnit.WORKING_DAYS).due()).isEqualTo("2026-02-26");
    }

    // ---- further edge cases ----

    @Test
    void aMonthPeriodWithoutACorrespondingDateEndsAtMonthEndThenRolls() {
        // 2026-08-31 + 6 months: no 31 February → Sun 2027-02-28 → Mon 2027-03-01; 2027 is not published yet
        ComputedDue d = due("2026-08-31", 6, PeriodUnit.MONTHS);
        assertThat(d.due()).isEqualTo("2027-03-01");
        assertThat(d.provisional()).isTrue();
        assertThat(d.rule()).contains("暂定");
    }

    @Test
    void aLastDayInsideSpringFestivalMovesToTheFirstWorkingDayAfter() {
        // 2026-02-06 + 10 = Mon 2026-02-16 (Spring Festival) → Tue 2026-02-24
        assertThat(due("2026-02-06", 10, PeriodUnit.CALENDAR_DAYS).due()).isEqualTo("2026-02-24");
    }

    @Test
    void workingDaysAcrossNationalDay2026() {
        // served Tue 2026-09-29: 30, 10-08, 10-09, 10-10 (make-up Saturday), 10-12
        assertThat(due("2026-09-29", 5, PeriodUnit.WORKING_DAYS).due()).isEqualTo("2026-10-12");
    }

    @Test
    void aLastDayInsideNationalDayMovesToTheEighth() {
        // order to return served 2026-09-18 + 15 days = Sat 2026-10-03 → Thu 2026-10-08
        assertThat(due("2026-09-18", 15, PeriodUnit.CALENDAR_DAYS).due()).isEqualTo("2026-10-08");
    }

    @Test
    void aPeriodIntoAnUnpublishedYearIsProvisional() {
        ComputedDue d = due("2026-12-20", 30, PeriodUnit.CALENDAR_DAYS);
        assertThat(d.due()).isEqualTo("2027-01-19");
        assertThat(d.provisional()).isTrue();
    }

    @Test
    void anUnpublishedYearStillSkipsTheStatutorySpringFestival() {
        // 2027's Spring Festival (baseline: 02-05 … 02-08) is off even before the notice is loaded
        assertThat(due("2027-02-01", 4, PeriodUnit.CALENDAR_DAYS).due()).isEqualTo("2027-02-09");
    }

    @Test
    void deemedServiceByPublicNoticeDoesNotRoll() {
        // notice issued 2026-09-01 + 30 days = 2026-10-01, a holiday: deemed served that day all the same
        ComputedDue d = due("2026-09-01", 30, PeriodUnit.DEEMED_SERVICE);
        assertThat(d.due()).isEqualTo("2026-10-01");
        assertThat(d.basis()).contains("第九十五条");
    }

    @Test
    void aJurisdictionThatDoesNotCountMakeUpDaysRollsPastThem() {
        jurisdictions.putSetting(DemoCounty.HEKOU, Setting.MAKEUP_DAYS_ARE_WORKING_DAYS, "false", "test");
        try {
            // 2026-02-07 + 7 = Sat 02-14 (make-up): not a working day here → after Spring Festival, Tue 02-24
            assertThat(calculator.compute(LocalDate.parse("2026-02-07"), 7, PeriodUnit.CALENDAR_DAYS,
                    DemoCounty.HEKOU).due()).isEqualTo("2026-02-24");
            assertThat(calculator.compute(LocalDate.parse("2026-02-07"), 7, PeriodUnit.CALENDAR_DAYS,
                    DemoCounty.QINGSHI).due()).isEqualTo("2026-02-14");
        } finally {
            jurisdictions.putSetting(DemoCounty.HEKOU, Setting.MAKEUP_DAYS_ARE_WORKING_DAYS, "true", "test");
        }
    }
}
