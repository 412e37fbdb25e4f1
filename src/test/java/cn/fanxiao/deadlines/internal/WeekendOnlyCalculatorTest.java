package cn.fanxiao.deadlines.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import cn.fanxiao.deadlines.ComputedDue;
import cn.fanxiao.deadlines.PeriodUnit;

class WeekendOnlyCalculatorTest {

    private final WeekendOnlyCalculator calculator = new WeekendOnlyCalculator();

    private LocalDate due(String from, int amount, PeriodUnit unit) {
        return calculator.compute(LocalDate.parse(from), amount, unit, "539901").due();
    }

    @Test
    void countsCalendarDaysFromTheDayAfterService() {
        // served Tue 2026-03-10, 15 days → Wed 2026-03-25 (legal-process.md §2.6)
        assertThat(due("2026-03-10", 15, PeriodUnit.CALENDAR_DAYS)).isEqualTo("2026-03-25");
    }

    @Test
    void rollsALastDayOnAWeekendToMonday() {
        // served Fri 2026-11-06 + 15 days = Sat 2026-11-21 → Mon 2026-11-23
        assertThat(due("2026-11-06", 15, PeriodUnit.CALENDAR_DAYS)).isEqualTo("2026-11-23");
    }

    @Test
    void countsWorkingDaysSkippingWeekends() {
        // served Fri 2026-11-20, 5 working days: 23, 24, 25, 26, 27
        assertThat(due("2026-11-20", 5, PeriodUnit.WORKING_DAYS)).isEqualTo("2026-11-27");
    }

    @Test
    void endsAMonthPeriodOnTheCorrespondingDateOrTheMonthEnd() {
        assertThat(due("2026-03-10", 6, PeriodUnit.MONTHS)).isEqualTo("2026-09-10");
        // 2026-08-31 + 6 months: no 31 February → 2027-02-28 (a Sunday) → rolls to Monday 2027-03-01
        assertThat(due("2026-08-31", 6, PeriodUnit.MONTHS)).isEqualTo("2027-03-01");
    }

    @Test
    void doesNotRollADeemedServiceDate() {
        // public notice issued 2026-10-02 + 30 days = Sun 2026-11-01, which stays
        ComputedDue d = calculator.compute(LocalDate.parse("2026-10-02"), 30, PeriodUnit.DEEMED_SERVICE, "539901");
        assertThat(d.due()).isEqualTo("2026-11-01");
        assertThat(d.provisional()).isFalse();
    }

    @Test
    void marksPeriodsProvisionalWhileNoHolidayCalendarIsLoaded() {
        ComputedDue d = calculator.compute(LocalDate.parse("2026-09-25"), 7, PeriodUnit.CALENDAR_DAYS, "539901");
        assertThat(d.provisional()).isTrue();
        assertThat(d.rule()).contains("暂定");
    }

    @Test
    void refusesANonPositiveAmount() {
        assertThatThrownBy(() -> due("2026-01-01", 0, PeriodUnit.CALENDAR_DAYS))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
