package cn.fanxiao.deadlines.internal;

import java.time.DayOfWeek;
import java.time.LocalDate;

import org.springframework.stereotype.Component;

import cn.fanxiao.deadlines.ComputedDue;
import cn.fanxiao.deadlines.DeadlineCalculator;
import cn.fanxiao.deadlines.PeriodUnit;

/**
 * Period counting of legal-process.md §3.1 with weekends as the only rest days. Until the statutory holiday
 * calendar is loaded every result is marked provisional: a period ending in a public holiday may end later.
 */
@Component
class WeekendOnlyCalculator implements DeadlineCalculator {

    static final String NO_CALENDAR = "未载入法定节假日安排，仅按周末推算（暂定）";

    @Override
    public ComputedDue compute(LocalDate trigger, int amount, PeriodUnit unit, String jurisdictionCode) {
        if (amount <= 0) {
            throw new IllegalArgumentException("amount must be positive");
        }
        return switch (unit) {
            // counting starts the day after the trigger; a last day on a rest day moves to the next working day
            case CALENDAR_DAYS -> new ComputedDue(rollForward(trigger.plusDays(amount)), true,
                    "自送达次日起算" + amount + "日，末日为休息日的顺延；" + NO_CALENDAR);
            case WORKING_DAYS -> new ComputedDue(addWorkingDays(trigger, amount), true,
                    "自送达次日起算" + amount + "个工作日；" + NO_CALENDAR);
            // plusMonths already gives the month's last day where the corresponding date does not exist
            case MONTHS -> new ComputedDue(rollForward(trigger.plusMonths(amount)), true,
                    amount + "个月，期满日为对应日（无对应日的为月末），末日为休息日的顺延；" + NO_CALENDAR);
            // a deemed-service date is a fact, not a period end: it does not roll (§3.1 rule 7)
            case DEEMED_SERVICE -> new ComputedDue(trigger.plusDays(amount), false,
                    "公告发出之日起经过" + amount + "日视为送达，不顺延");
        };
    }

    private static LocalDate addWorkingDays(LocalDate trigger, int amount) {
        LocalDate day = trigger;
        int counted = 0;
        while (counted < amount) {
            day = day.plusDays(1);
            if (isWorkingDay(day)) {
                counted++;
            }
        }
        return day;
    }

    private static LocalDate rollForward(LocalDate day) {
        LocalDate d = day;
        while (!isWorkingDay(d)) {
            d = d.plusDays(1);
        }
        return d;
    }

    private static boolean isWorkingDay(LocalDate day) {
        return day.getDayOfWeek() != DayOfWeek.SATURDAY && day.getDayOfWeek() != DayOfWeek.SUNDAY;
    }
}
