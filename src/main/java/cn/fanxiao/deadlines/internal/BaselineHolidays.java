package cn.fanxiao.deadlines.internal;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.LinkedHashSet;
import java.util.Set;

import cn.hutool.core.date.ChineseDate;
import cn.hutool.core.date.chinese.SolarTerms;

/**
 * The statutory holidays of 全国年节及纪念日放假办法 (2024 amendment, in force 2025) for a year whose State Council
 * notice is not loaded yet: New Year 1 day, Spring Festival 4 (New Year's Eve and days 1–3), Qingming 1, Labour
 * Day 2, Dragon Boat 1, Mid-Autumn 1, National Day 3. Lunar dates and the Qingming solar term come from Hutool.
 * Without the notice's bridging days and make-up days this is only an approximation: results are provisional.
 */
final class BaselineHolidays {

    private BaselineHolidays() {
    }

    static Set<LocalDate> of(int year) {
        Set<LocalDate> days = new LinkedHashSet<>();
        days.add(LocalDate.of(year, 1, 1));
        LocalDate springFestival = lunar(year, 1, 1);
        for (int i = -1; i <= 2; i++) {
            days.add(springFestival.plusDays(i));
        }
        days.add(LocalDate.of(year, 4, SolarTerms.getTerm(year, 7)));
        days.add(LocalDate.of(year, 5, 1));
        days.add(LocalDate.of(year, 5, 2));
        days.add(lunar(year, 5, 5));
        days.add(lunar(year, 8, 15));
        for (int d = 1; d <= 3; d++) {
            days.add(LocalDate.of(year, 10, d));
        }
        return days;
    }

    private static LocalDate lunar(int year, int month, int day) {
        return new ChineseDate(year, month, day).getGregorianDate().toInstant()
                .atZone(ZoneId.systemDefault()).toLocalDate();
    }
}
