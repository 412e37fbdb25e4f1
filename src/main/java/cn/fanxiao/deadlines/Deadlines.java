package cn.fanxiao.deadlines;

import java.time.LocalDate;
import java.util.List;

/** The deadlines of cases: computed, stored, and closed when met or no longer relevant. */
public interface Deadlines {

    /** Computes and stores a deadline of {@code kind} that starts from {@code trigger}. */
    Deadline open(long caseId, DeadlineKind kind, LocalDate trigger, String jurisdictionCode);

    /** Computes with an explicit length (e.g. a period the issuing officer set on the notice). */
    Deadline open(long caseId, DeadlineKind kind, LocalDate trigger, int amount, String jurisdictionCode);

    void close(long caseId, DeadlineKind kind, DeadlineStatus status);

    /** Closes every open deadline of a case (return to school, closure). */
    void closeAll(long caseId);

    List<Deadline> forCase(long caseId);

    /** Cases with an open deadline whose last day is before {@code today}. */
    java.util.Set<Long> overdueCaseIds(LocalDate today);

    /** The nearest open due date of each case that has one. */
    java.util.Map<Long, LocalDate> nextDue(java.util.Collection<Long> caseIds);
}
