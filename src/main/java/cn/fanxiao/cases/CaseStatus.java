package cn.fanxiao.cases;

public enum CaseStatus {
    /** enforcement under way */
    OPEN,
    /** back at school, retention monitoring */
    RETURNED,
    CLOSED
}
