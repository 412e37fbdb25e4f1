package cn.fanxiao.deadlines.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import cn.fanxiao.accounts.CurrentUser;
import cn.fanxiao.accounts.Jurisdiction;
import cn.fanxiao.accounts.JurisdictionLevel;
import cn.fanxiao.accounts.Jurisdictions;
import cn.fanxiao.accounts.Role;
import cn.fanxiao.deadlines.Deadline;
import cn.fanxiao.deadlines.DeadlineCalculator;
import cn.fanxiao.deadlines.DeadlineKind;
import cn.fanxiao.deadlines.DeadlineSubjects;
import cn.fanxiao.deadlines.LegalCalendar;
import cn.fanxiao.deadlines.LegalTime;
import cn.fanxiao.deadlines.PeriodUnit;
import cn.fanxiao.shared.AuditableEvent;
import cn.fanxiao.shared.ForbiddenException;
import cn.fanxiao.shared.InvalidInputException;

/**
 * The deadline board: every open deadline of the caller's county (a township officer's own township), nearest
 * first. Jurisdiction, kind, overdue and "due within N working days" are filtered in SQL; the responsible-person
 * filter needs the case facts, so with it the matching rows are read whole (up to {@link #MAX_ROWS}) and paged here.
 */
@Service
public class DeadlineBoard {

    public static final int MAX_ROWS = 10_000;

    private final DeadlineMapper mapper;
    private final DeadlineSubjects subjects;
    private final DeadlineCalculator calculator;
    private final LegalCalendar calendar;
    private final Jurisdictions jurisdictions;
    private final ApplicationEventPublisher events;

    DeadlineBoard(DeadlineMapper mapper, DeadlineSubjects subjects, DeadlineCalculator calculator,
                  LegalCalendar calendar, Jurisdictions jurisdictions, ApplicationEventPublisher events) {
        this.mapper = mapper;
        this.subjects = subjects;
        this.calculator = calculator;
        this.calendar = calendar;
        this.jurisdictions = jurisdictions;
        this.events = events;
    }

    /** Validated filters; null means "any". */
    public record Filter(String township, DeadlineKind kind, String responsible, Boolean overdue,
                         Integer withinWorkingDays) {
    }

    public record Entry(long id, long caseId, String caseNumber, String childName, String stage, DeadlineKind kind,
                        String label, LocalDate dueDate, long daysLeft, int workingDaysLeft, boolean overdue,
                        boolean provisional, List<String> responsiblePersons, String rule, String basis) {
    }

    public record Page(List<Entry> items, int page, int size, long total) {
    }

    @Transactional(readOnly = true)
    public Page page(Filter filter, int page, int size, CurrentUser user) {
        long offset = (long) page * size;
        DeadlineMapper.BoardQuery all = query(filter, user, MAX_ROWS, 0);
        if (filter.responsible() == null) {
            DeadlineMapper.BoardQuery q = new DeadlineMapper.BoardQuery(all.countyCode(), all.townshipCode(),
                    all.kind(), all.overdue(), all.today(), all.dueBy(), size, offset);
            return new Page(entries(mapper.board(q), null, q.today()), page, size, mapper.countBoard(q));
        }
        List<Entry> matching = entries(mapper.board(all), filter.responsible(), all.today());
        int from = (int) Math.min(offset, matching.size());
        return new Page(matching.subList(from, Math.min(matching.size(), from + size)), page, size, matching.size());
    }

    /** Every matching row (up to {@link #MAX_ROWS}), for the CSV export; audited as an export. */
    @Transactional
    public List<Entry> export(Filter filter, CurrentUser user) {
        DeadlineMapper.BoardQuery q = query(filter, user, MAX_ROWS, 0);
        List<Entry> rows = entries(mapper.board(q), filter.responsible(), q.today());
        events.publishEvent(new BoardExported(user.username(), rows.size()));
        return rows;
    }

    private DeadlineMapper.BoardQuery query(Filter f, CurrentUser user, int limit, long offset) {
        if (user.role() == Role.SCHOOL_STAFF) {
            throw new ForbiddenException("期限看板供乡镇和县教育局使用；学校工作人员请在案件中查看期限");
        }
        String township = null;
        if (f.township() != null) {
            Jurisdiction j = jurisdictions.find(f.township())
                    .filter(t -> t.level() == JurisdictionLevel.TOWNSHIP && t.countyCode().equals(user.countyCode()))
                    .orElseThrow(() -> new InvalidInputException("township", "本县没有这个乡镇（街道）：" + f.township()));
            township = j.code();
        }
        if (user.role() == Role.TOWNSHIP_OFFICER) {
            if (township != null && !township.equals(user.townshipCode())) {
                throw new ForbiddenException("只能查看本乡镇（街道）的期限");
            }
            township = user.townshipCode();
        }
        LocalDate today = LegalTime.today();
        LocalDate dueBy = f.withinWorkingDays() == null ? null
                : calculator.compute(today, f.withinWorkingDays(), PeriodUnit.WORKING_DAYS,
                        township != null ? township : user.countyCode()).due();
        return new DeadlineMapper.BoardQuery(user.countyCode(), township, f.kind() == null ? null : f.kind().name(),
                f.overdue(), today, dueBy, limit, offset);
    }

    private List<Entry> entries(List<DeadlineMapper.BoardRow> rows, String responsible, LocalDate today) {
        Map<Long, DeadlineSubjects.Subject> facts =
                subjects.describe(rows.stream().map(r -> r.deadline().caseId()).toList());
        String needle = responsible == null ? null : responsible.toLowerCase(Locale.ROOT);
        List<Entry> out = new ArrayList<>(rows.size());
        for (DeadlineMapper.BoardRow row : rows) {
            Deadline d = row.deadline();
            DeadlineSubjects.Subject s = facts.get(d.caseId());
            List<String> persons = s == null ? List.of() : s.responsiblePersons();
            if (needle != null && (s == null || !matches(s, needle))) {
                continue;
            }
            out.add(new Entry(d.id(), d.caseId(), s == null ? null : s.caseNumber(), s == null ? null : s.childName(),
                    s == null ? null : s.stageLabel(), d.kind(), d.kind().label(), d.dueDate(), d.daysLeft(today),
                    calendar.workingDaysBetween(today, d.dueDate(), row.calendarCode()), d.overdue(today),
                    d.provisional(), persons, d.rule(), d.basis()));
        }
        return out;
    }

    private static boolean matches(DeadlineSubjects.Subject s, String needle) {
        return s.responsiblePersons().stream().anyMatch(p -> p.toLowerCase(Locale.ROOT).contains(needle))
                || s.responsibleUsernames().stream().anyMatch(u -> u.toLowerCase(Locale.ROOT).contains(needle));
    }

    /** The CSV export, in the audit log (no case: it spans many). */
    public record BoardExported(String actor, int rows) implements AuditableEvent {

        @Override
        public Long auditCaseId() {
            return null;
        }

        @Override
        public String auditType() {
            return "DEADLINE_BOARD_EXPORTED";
        }

        @Override
        public String auditSummary() {
            return "导出期限看板 CSV（" + rows + " 行）";
        }
    }
}
