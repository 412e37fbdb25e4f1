package cn.fanxiao.deadlines;

public enum DeadlineStatus {
    /** running */
    OPEN,
    /** the act was done in time, or the deadline no longer matters (the child returned, the case closed) */
    CLOSED,
    /** the period ran out and the process escalated */
    EXPIRED
}
