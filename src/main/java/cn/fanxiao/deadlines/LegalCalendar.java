package cn.fanxiao.deadlines;

import java.time.LocalDate;

/** The legal calendar: statutory holidays and make-up working days, per year and jurisdiction. */
public interface LegalCalendar {

    /** Whether {@code day} is a working day where {@code jurisdictionCode} lies. */
    boolean isWorkingDay(LocalDate day, String jurisdictionCode);

    /**
     * Working days from {@code from} (not counted) to {@code to} (counted): 0 when {@code to} is {@code from},
     * negative when {@code to} lies before it (the working days that have passed since).
     */
    int workingDaysBetween(LocalDate from, LocalDate to, String jurisdictionCode);

    /** Whether the State Council's calendar of {@code year} is loaded (else that year is provisional). */
    boolean isPublished(int year);
}
