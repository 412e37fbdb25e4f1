package cn.fanxiao.enforcement.process;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;

import cn.fanxiao.deadlines.LegalTime;

/**
 * The ISO 8601 repeating interval a cycle timer reads, e.g. {@code R/2026-12-22T00:00:00+08:00/P30D}: the first
 * occurrence one interval after the start (at the start of a legal day), then every interval, unbounded. The
 * enclosing scope ends the cycle.
 */
final class RecurringTimers {

    /** always with seconds (java.time's ISO printer drops zero seconds), the form the engine documents */
    private static final DateTimeFormatter ISO_SECONDS = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ssXXX");

    private RecurringTimers() {
    }

    static String every(int intervalDays, LocalDate from) {
        if (intervalDays < 1) {
            throw new IllegalArgumentException("interval must be at least one day: " + intervalDays);
        }
        String start = from.plusDays(intervalDays).atStartOfDay(LegalTime.ZONE)
                .format(ISO_SECONDS);
        return "R/" + start + "/P" + intervalDays + "D";
    }
}
