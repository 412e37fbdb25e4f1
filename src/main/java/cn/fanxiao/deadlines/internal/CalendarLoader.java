package cn.fanxiao.deadlines.internal;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import cn.fanxiao.accounts.CurrentUser;
import cn.fanxiao.accounts.Jurisdiction;
import cn.fanxiao.accounts.JurisdictionLevel;
import cn.fanxiao.accounts.Jurisdictions;
import cn.fanxiao.accounts.Role;
import cn.fanxiao.deadlines.ComputedDue;
import cn.fanxiao.deadlines.DayKind;
import cn.fanxiao.deadlines.Deadline;
import cn.fanxiao.deadlines.DeadlineEvents;
import cn.fanxiao.deadlines.HolidayCalendars;
import cn.fanxiao.deadlines.LegalTime;
import cn.fanxiao.shared.FieldError;
import cn.fanxiao.shared.ForbiddenException;
import cn.fanxiao.shared.InvalidInputException;

/**
 * Loads a year's calendar and, in the same transaction, recomputes every running deadline whose period reaches
 * into that year. A deadline whose date changes is published as {@link DeadlineEvents.DeadlineMoved}: the case
 * timeline records it and the enforcement process moves its timers.
 */
@Service
class CalendarLoader implements HolidayCalendars {

    private final CalendarMapper calendars;
    private final DeadlineMapper deadlines;
    private final StatutoryCalendar calculator;
    private final Jurisdictions jurisdictions;
    private final ApplicationEventPublisher events;
    private final JdbcTemplate jdbc;

    CalendarLoader(CalendarMapper calendars, DeadlineMapper deadlines, StatutoryCalendar calculator,
                   Jurisdictions jurisdictions, ApplicationEventPublisher events, JdbcTemplate jdbc) {
        this.jdbc = jdbc;
        this.calendars = calendars;
        this.deadlines = deadlines;
        this.calculator = calculator;
        this.jurisdictions = jurisdictions;
        this.events = events;
    }

    @Override
    @Transactional
    public Loaded load(Upload upload, CurrentUser user) {
        String scope = validate(upload, user);
        int year = upload.year();
        calendars.deactivate(year, scope);
        CalendarMapper.CalendarRow row = new CalendarMapper.CalendarRow();
        row.calendarYear = year;
        row.jurisdictionCode = scope;
        row.sourceNotice = upload.sourceNotice().strip();
        row.loadedBy = user.username();
        row.loadedAt = LegalTime.now();
        calendars.insertCalendar(row);
        calendars.insertDays(row.id, upload.days().stream()
                .map(d -> new CalendarMapper.DayRow(scope, d.date(), d.kind().name(), d.name().strip())).toList());

        // the new days are visible to this transaction: rebuild now, and again once committed for everyone else
        calculator.forget();
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCompletion(int status) {
                    calculator.forget();
                }
            });
        }
        String reason = "载入" + year + "年节假日安排（" + row.sourceNotice + "）";
        List<Moved> moved = new ArrayList<>();
        List<Object[]> updates = new ArrayList<>();
        int recomputed = 0;
        for (DeadlineMapper.BoardRow r : deadlines.openBetween(LocalDate.of(year, 1, 1).minusDays(31),
                LocalDate.of(year, 12, 31))) {
            Deadline d = r.deadline();
            if (!StatutoryCalendar.NATIONAL.equals(scope) && !scope.equals(r.countyCode())) {
                continue;
            }
            ComputedDue c = calculator.compute(d.triggerDate(), d.amount(), d.unit(), r.calendarCode());
            recomputed++;
            if (c.due().equals(d.dueDate()) && c.provisional() == d.provisional()) {
                continue;
            }
            updates.add(new Object[] {java.sql.Date.valueOf(c.due()), c.provisional(), c.rule(), d.id()});
            if (!c.due().equals(d.dueDate())) {
                Deadline after = new Deadline(d.id(), d.caseId(), d.kind(), d.triggerDate(), d.amount(), d.unit(),
                        c.due(), c.rule(), d.basis(), d.statutory(), c.provisional(), d.status(), d.createdAt());
                events.publishEvent(new DeadlineEvents.DeadlineMoved(d, after, reason, user.username()));
                moved.add(new Moved(d.caseId(), d.kind(), d.dueDate(), c.due(), c.provisional()));
            }
        }
        // one JDBC batch instead of a round trip per deadline
        jdbc.batchUpdate("UPDATE fx_deadline SET due_date = ?, provisional = ?, rule_text = ? WHERE id = ?", updates);
        events.publishEvent(new DeadlineEvents.CalendarLoaded(year, scope, row.sourceNotice, recomputed, moved.size(),
                user.username()));
        return new Loaded(row.id, year, scope, recomputed, moved);
    }

    @Override
    public List<Day> days(int year, String jurisdiction) {
        return calendars.days(year, jurisdiction == null ? StatutoryCalendar.NATIONAL : jurisdiction).stream()
                .map(r -> new Day(r.day(), DayKind.valueOf(r.kind()), r.name())).toList();
    }

    /** Returns the calendar's scope: "*" for the State Council's, else the county's code. */
    private String validate(Upload upload, CurrentUser user) {
        List<FieldError> errors = new ArrayList<>();
        if (upload.year() == null || upload.year() < 2000 || upload.year() > 2089) {
            throw new InvalidInputException("year", "年份应在2000年至2089年之间");
        }
        String scope = upload.jurisdiction() == null || upload.jurisdiction().isBlank()
                ? StatutoryCalendar.NATIONAL : upload.jurisdiction().strip();
        if (StatutoryCalendar.NATIONAL.equals(scope)) {
            if (user.role() != Role.ADMIN) {
                throw new ForbiddenException("全国节假日安排只能由系统管理员载入");
            }
        } else {
            Jurisdiction county = jurisdictions.find(scope).filter(j -> j.level() == JurisdictionLevel.COUNTY)
                    .orElseThrow(() -> new InvalidInputException("jurisdiction", "应为“*”（全国）或县级行政区划代码"));
            if (!(user.role() == Role.ADMIN || user.role() == Role.BUREAU_LEGAL) || !county.code().equals(user.countyCode())) {
                throw new ForbiddenException("只能由本县教育局法制人员或管理员载入本县的地方节日");
            }
        }
        if (upload.sourceNotice() == null || upload.sourceNotice().isBlank() || upload.sourceNotice().length() > 300) {
            errors.add(new FieldError("sourceNotice", "请填写发布通知的名称和文号（不超过300字）"));
        }
        if (upload.days() == null || upload.days().isEmpty() || upload.days().size() > 400) {
            errors.add(new FieldError("days", "请填写放假和调休日期（1至400天）"));
        } else {
            Set<LocalDate> seen = new HashSet<>();
            for (int i = 0; i < upload.days().size(); i++) {
                Day d = upload.days().get(i);
                String p = "days[" + i + "].";
                if (d == null || d.date() == null) {
                    errors.add(new FieldError(p + "date", "请填写日期"));
                    continue;
                }
                if (d.date().getYear() != upload.year()) {
                    errors.add(new FieldError(p + "date", "日期不在" + upload.year() + "年内"));
                }
                if (!seen.add(d.date())) {
                    errors.add(new FieldError(p + "date", "日期重复：" + d.date()));
                }
                if (d.kind() == null) {
                    errors.add(new FieldError(p + "kind", "请选择 HOLIDAY（放假）或 MAKEUP_WORKDAY（调休上班）"));
                } else if (d.kind() == DayKind.MAKEUP_WORKDAY) {
                    if (!StatutoryCalendar.NATIONAL.equals(scope)) {
                        errors.add(new FieldError(p + "kind", "地方节日只能是放假日，调休由国务院安排"));
                    } else if (d.date().getDayOfWeek() != DayOfWeek.SATURDAY && d.date().getDayOfWeek() != DayOfWeek.SUNDAY) {
                        errors.add(new FieldError(p + "kind", "调休上班日应是周六或周日：" + d.date()));
                    }
                }
                if (d.name() == null || d.name().isBlank() || d.name().length() > 50 || d.name().matches(".*[<>&\"'].*")) {
                    errors.add(new FieldError(p + "name", "请填写节日名称（不超过50字，不含标记符号）"));
                }
            }
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        return scope;
    }
}
