package cn.fanxiao.deadlines.internal;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import cn.fanxiao.accounts.Jurisdiction;
import cn.fanxiao.accounts.Jurisdictions;
import cn.fanxiao.accounts.Setting;
import cn.fanxiao.accounts.SettingChanged;
import cn.fanxiao.deadlines.ComputedDue;
import cn.fanxiao.deadlines.DeadlineCalculator;
import cn.fanxiao.deadlines.LegalCalendar;
import cn.fanxiao.deadlines.PeriodUnit;

/**
 * Counts legal periods on the statutory calendar (legal-process.md §3.1): the day of the trigger is not counted;
 * a period in days or months whose last day is a rest day ends on the next working day; working-day periods
 * skip weekends and holidays, and count make-up working days unless the jurisdiction says otherwise; a
 * deemed-service date does not roll. Years without a loaded State Council notice use the statutory baseline
 * holidays and make every period that touches them provisional.
 */
@Component
class StatutoryCalendar implements DeadlineCalculator, LegalCalendar {

    static final String NATIONAL = "*";

    private final CalendarMapper mapper;
    private final Jurisdictions jurisdictions;
    /** key: county code (or "*") + make-up policy */
    private final Map<String, WorkingDayIndex> indexes = new ConcurrentHashMap<>();
    /** jurisdiction code → index key; settings and the tree change rarely */
    private final Map<String, String> keys = new ConcurrentHashMap<>();
    private volatile Set<Integer> published;

    StatutoryCalendar(CalendarMapper mapper, Jurisdictions jurisdictions) {
        this.mapper = mapper;
        this.jurisdictions = jurisdictions;
    }

    @Override
    public ComputedDue compute(LocalDate trigger, int amount, PeriodUnit unit, String jurisdictionCode) {
        if (amount <= 0) {
            throw new IllegalArgumentException("amount must be positive");
        }
        String key = key(jurisdictionCode);
        WorkingDayIndex index = index(key);
        boolean makeUpCounts = key.endsWith("+");
        return switch (unit) {
            case CALENDAR_DAYS -> due(index, trigger, index.rollForward(trigger.plusDays(amount)),
                    "自次日起算" + amount + "日，期间最后一日为法定休假日的，以休假日后的第一日为最后一日",
                    "民事诉讼法第八十五条；民法典第二百零一条、第二百零三条");
            case WORKING_DAYS -> due(index, trigger, index.addWorkingDays(trigger, amount),
                    "自次日起算" + amount + "个工作日，不含法定节假日和休息日；调休上班日" + (makeUpCounts ? "计入" : "不计入"),
                    "行政处罚法第八十五条；行政强制法第六十九条；行政复议法第八十八条");
            // plusMonths gives the corresponding date, or the month's last day where there is none
            case MONTHS -> due(index, trigger, index.rollForward(trigger.plusMonths(amount)),
                    amount + "个月，期满日为最后一月的对应日（无对应日的为该月末日），末日为法定休假日的顺延",
                    "民法典第二百零二条、第二百零三条");
            case DEEMED_SERVICE -> new ComputedDue(trigger.plusDays(amount), false,
                    "自发出公告之日起经过" + amount + "日即视为送达；视为送达之日不因节假日顺延",
                    "民事诉讼法第九十五条");
        };
    }

    private static ComputedDue due(WorkingDayIndex index, LocalDate trigger, LocalDate due, String rule, String basis) {
        boolean provisional = !index.published(trigger, due);
        return new ComputedDue(due, provisional, provisional ? rule + "；涉及尚未公布节假日安排的年份，按法定节日推算（暂定）" : rule, basis);
    }

    @Override
    public boolean isWorkingDay(LocalDate day, String jurisdictionCode) {
        return index(key(jurisdictionCode)).isWorkingDay(day);
    }

    @Override
    public int workingDaysBetween(LocalDate from, LocalDate to, String jurisdictionCode) {
        return index(key(jurisdictionCode)).workingDaysBetween(from, to);
    }

    @Override
    public boolean isPublished(int year) {
        return published().contains(year);
    }

    /** A calendar or a setting changed: rebuild on next use. */
    @EventListener(SettingChanged.class)
    void forget() {
        indexes.clear();
        keys.clear();
        published = null;
    }

    private String key(String jurisdictionCode) {
        if (jurisdictionCode == null || jurisdictionCode.isBlank() || NATIONAL.equals(jurisdictionCode)) {
            return NATIONAL + "+";
        }
        return keys.computeIfAbsent(jurisdictionCode, code -> {
            Jurisdiction j = jurisdictions.find(code)
                    .orElseThrow(() -> new IllegalArgumentException("unknown jurisdiction " + code));
            boolean makeUpCounts = jurisdictions.settingsFor(code).flag(Setting.MAKEUP_DAYS_ARE_WORKING_DAYS);
            return j.countyCode() + (makeUpCounts ? "+" : "-");
        });
    }

    private WorkingDayIndex index(String key) {
        return indexes.computeIfAbsent(key, this::build);
    }

    private WorkingDayIndex build(String key) {
        String county = key.substring(0, key.length() - 1);
        Set<Integer> years = published();
        Set<LocalDate> holidays = new HashSet<>();
        Set<LocalDate> makeUp = new HashSet<>();
        for (CalendarMapper.DayRow row : mapper.activeDays()) {
            if (row.jurisdictionCode().equals(NATIONAL) || row.jurisdictionCode().equals(county)) {
                (row.kind().equals("MAKEUP_WORKDAY") ? makeUp : holidays).add(row.day());
            }
        }
        for (int y = WorkingDayIndex.FIRST.getYear(); y <= WorkingDayIndex.LAST.getYear(); y++) {
            if (!years.contains(y)) {
                holidays.addAll(BaselineHolidays.of(y));
            }
        }
        return new WorkingDayIndex(holidays, makeUp, key.endsWith("+"), years);
    }

    private Set<Integer> published() {
        Set<Integer> p = published;
        if (p == null) {
            p = Set.copyOf(mapper.publishedYears());
            published = p;
        }
        return p;
    }
}
