package cn.fanxiao.deadlines;

import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Date;

/** A stored deadline of one case, with the inputs it was computed from. */
public record Deadline(long id, long caseId, DeadlineKind kind, LocalDate triggerDate, int amount, PeriodUnit unit,
                       LocalDate dueDate, String rule, String basis, boolean statutory, boolean provisional,
                       DeadlineStatus status, Instant createdAt) {

    /** When the engine's timer fires: the end of the last day. */
    public Date expiresAt() {
        return LegalTime.endOf(dueDate);
    }

    /** When to remind, {@code leadDays} before the last day (never before the trigger). */
    public Date remindAt(int leadDays) {
        LocalDate day = dueDate.minusDays(leadDays);
        return LegalTime.startOf(day.isAfter(triggerDate) ? day : triggerDate.plusDays(1));
    }

    public long daysLeft(LocalDate today) {
        return ChronoUnit.DAYS.between(today, dueDate);
    }

    public boolean overdue(LocalDate today) {
        return status == DeadlineStatus.OPEN && today.isAfter(dueDate);
    }
}
