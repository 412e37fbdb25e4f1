package cn.fanxiao.deadlines;

import java.time.LocalDate;

/**
 * The result of counting a period: the last day, whether a year it crosses has no published holiday calendar
 * (then the date may move when the calendar is loaded), the counting rule applied and its legal basis.
 */
public record ComputedDue(LocalDate due, boolean provisional, String rule, String basis) {
}
