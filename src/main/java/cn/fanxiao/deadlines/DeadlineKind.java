package cn.fanxiao.deadlines;

import java.util.Optional;

import cn.fanxiao.accounts.Setting;

/**
 * Every deadline the four-step process keeps (legal-process.md §2.3). Local ones take their length from a
 * per-jurisdiction {@link Setting}; statutory ones carry their article.
 */
public enum DeadlineKind {
    RETURN_NOTICE("入学（复学）通知书期限", 7, PeriodUnit.CALENDAR_DAYS, false,
            "地方实践：劝学通知书通常为7日", Setting.RETURN_NOTICE_DAYS),
    ORDER_TO_RETURN("限期复学期限", 15, PeriodUnit.CALENDAR_DAYS, false,
            "义务教育法第58条（期限由决定机关确定）", Setting.ORDER_TO_RETURN_DAYS),
    PENALTY_DECISION_LIMIT("立案后作出处罚决定期限", 90, PeriodUnit.CALENDAR_DAYS, true,
            "行政处罚法第60条", null),
    STATEMENT_WINDOW("陈述申辩期限", 5, PeriodUnit.WORKING_DAYS, false,
            "行政处罚法第44条、第45条（期限为地方实践）", Setting.STATEMENT_WORKING_DAYS),
    HEARING_REQUEST("听证申请期限", 5, PeriodUnit.WORKING_DAYS, true,
            "行政处罚法第64条、第85条", null),
    DECISION_SERVICE("处罚决定书送达期限", 7, PeriodUnit.WORKING_DAYS, true,
            "行政处罚法第61条、第85条", null),
    FINE_PAYMENT("罚款缴纳期限", 15, PeriodUnit.CALENDAR_DAYS, true,
            "行政处罚法第67条", null),
    RECONSIDERATION_WINDOW("行政复议申请期限", 60, PeriodUnit.CALENDAR_DAYS, true,
            "行政复议法第20条", null),
    LAWSUIT_WINDOW("行政诉讼起诉期限", 6, PeriodUnit.MONTHS, true,
            "行政诉讼法第46条", null),
    DEMAND_LETTER_WAIT("催告书送达后等待期", 10, PeriodUnit.WORKING_DAYS, true,
            "行政强制法第54条、第69条", null),
    FILING_WINDOW("申请法院强制执行期限", 3, PeriodUnit.MONTHS, true,
            "行政强制法第53条", null),
    COURT_RULING("法院裁定期限", 7, PeriodUnit.CALENDAR_DAYS, true,
            "行政强制法第57条", null),
    CIVIL_ACCEPTANCE("民事起诉受理期限", 7, PeriodUnit.CALENDAR_DAYS, true,
            "民事诉讼法第126条", null),
    CIVIL_TRIAL("民事案件审理期限（简易程序）", 3, PeriodUnit.MONTHS, true,
            "民事诉讼法第164条", null),
    RETENTION_OBSERVATION("保学观察期", 180, PeriodUnit.CALENDAR_DAYS, false,
            "地方实践：观察期至下一学期末", Setting.RETENTION_OBSERVATION_DAYS);

    private final String label;
    private final int defaultAmount;
    private final PeriodUnit unit;
    private final boolean statutory;
    private final String basis;
    private final Setting setting;

    DeadlineKind(String label, int defaultAmount, PeriodUnit unit, boolean statutory, String basis, Setting setting) {
        this.label = label;
        this.defaultAmount = defaultAmount;
        this.unit = unit;
        this.statutory = statutory;
        this.basis = basis;
        this.setting = setting;
    }

    public String label() {
        return label;
    }

    public int defaultAmount() {
        return defaultAmount;
    }

    public PeriodUnit unit() {
        return unit;
    }

    public boolean statutory() {
        return statutory;
    }

    public String basis() {
        return basis;
    }

    /** The per-jurisdiction setting that overrides the length, for local (non-statutory) periods. */
    public Optional<Setting> setting() {
        return Optional.ofNullable(setting);
    }
}
