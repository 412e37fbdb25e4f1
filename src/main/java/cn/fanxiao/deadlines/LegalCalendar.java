package cn.fanxiao.deadlines;

import java.time.LocalDate;

/** The legal calendar: statutory holidays and make-up working days, per year and jurisdiction. */
public interface LegalCalendar {

    /** Whether {@code day} is a working day where {@code jurisdictionCode} lies. */
    boolean isWorkingDay(LocalDate day, String jurisdictionCode);

    /** Whether the State Council's calendar of {@code year} is loaded (else that year is provisional). */
    boolean isPublished(int year);
}
