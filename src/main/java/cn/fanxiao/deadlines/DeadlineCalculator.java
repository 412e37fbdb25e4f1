package cn.fanxiao.deadlines;

import java.time.LocalDate;

/**
 * Counts a legal period. The one place every timer date comes from: the statutory holiday calendar replaces the
 * implementation without touching the BPMN models.
 */
public interface DeadlineCalculator {

    /**
     * @param trigger the day of the triggering event (not counted)
     * @param jurisdictionCode where the period runs (local holidays, make-up-day policy)
     */
    ComputedDue compute(LocalDate trigger, int amount, PeriodUnit unit, String jurisdictionCode);
}
