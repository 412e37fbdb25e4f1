package cn.fanxiao.deadlines;

import java.time.LocalDate;

/** The result of counting a period: the last day, the rule applied and whether the calendar was provisional. */
public record ComputedDue(LocalDate due, boolean provisional, String rule) {
}
