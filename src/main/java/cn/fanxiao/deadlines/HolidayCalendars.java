package cn.fanxiao.deadlines;

import java.time.LocalDate;
import java.util.List;

import cn.fanxiao.accounts.CurrentUser;

/**
 * Loading a year's holiday calendar: the State Council's notice (national, {@code "*"}) or a county's own
 * holidays (e.g. ethnic-minority festivals). Every open deadline the new calendar changes is recomputed in the
 * same transaction, its timers move, and each case's timeline says by how much.
 */
public interface HolidayCalendars {

    Loaded load(Upload upload, CurrentUser user);

    List<Day> days(int year, String jurisdiction);

    record Upload(Integer year, String jurisdiction, String sourceNotice, List<Day> days) {
    }

    record Day(LocalDate date, DayKind kind, String name) {
    }

    record Loaded(long calendarId, int year, String jurisdiction, int recomputed, List<Moved> moved) {
    }

    record Moved(long caseId, DeadlineKind kind, LocalDate from, LocalDate to, boolean provisional) {
    }
}
