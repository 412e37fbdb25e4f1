package cn.fanxiao.deadlines;

/** How a period is counted (legal-process.md §3.1). */
public enum PeriodUnit {
    CALENDAR_DAYS("日"),
    WORKING_DAYS("工作日"),
    MONTHS("个月"),
    DEEMED_SERVICE("日（公告送达）");

    private final String label;

    PeriodUnit(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
