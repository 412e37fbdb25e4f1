package cn.fanxiao.accounts;

/**
 * A per-jurisdiction legal or local-practice parameter (legal-process.md §1.3, §2.3).
 * Looked up township first, then county, then this built-in default.
 */
public enum Setting {
    FINE_ALLOWED("false", "是否允许行政处罚（罚款）：需省级或地方法规依据及处罚权", false),
    LEGAL_BASIS_CITATION("", "行政处罚的地方法规依据", false),
    CASE_NUMBER_PATTERN("{county}控辍〔{year}〕{n}号", "案件编号格式：{county}县简称，{year}年份，{n}序号", false),
    RETURN_NOTICE_DAYS("7", "入学（复学）通知书期限（日）", false),
    ORDER_TO_RETURN_DAYS("15", "限期复学通知书期限（日）", false),
    STATEMENT_WORKING_DAYS("5", "陈述申辩期限（工作日）", false),
    PERSUASION_VISIT_INTERVAL_DAYS("30", "劝返走访间隔（日），至少每月一次", false),
    REMINDER_LEAD_DAYS("2", "期限届满前提醒（日）", false),
    RETENTION_OBSERVATION_DAYS("180", "保学观察期（日）", false),
    RETENTION_CONTACT_INTERVAL_DAYS("30", "红名单联系间隔（日）", false),
    PUBLIC_NOTICE_DAYS("30", "公告送达视为送达期间（日），民事诉讼法第95条", true),
    /** legal-process.md §3.1 rule 6: no authority found; the State Council calls those days 上班 */
    MAKEUP_DAYS_ARE_WORKING_DAYS("true", "调休上班日是否计为工作日（法无明文，默认计入）", false),
    // The issuing body printed on documents (legal-process.md §4.3): on a township its government, on a county the
    // county education bureau. Empty ones fall back as noted, or stop the documents that must carry them (mandatory
    // fields of the template). They are the body's own and never pass down (see inherited()).
    ISSUER_NAME("", "发文机关全称（乡镇：空则为“名称＋人民政府/办事处”；县：县教育局，空则为“县名＋教育局”）；不从上级继承", false),
    ISSUER_SHORT_NAME("", "发文机关简称，用于文号（乡镇：空则为区划简称；县：空则为“县简称＋教”）；不从上级继承", false),
    ISSUER_ADDRESS("", "发文机关地址；不从上级继承", false),
    ISSUER_CONTACT_PERSON("", "文书联系人；不从上级继承", false),
    ISSUER_PHONE("", "联系电话；不从上级继承", false),
    ISSUER_LEGAL_REPRESENTATIVE("", "法定代表人（乡镇长/局长）姓名；不从上级继承", false),
    ISSUER_LEGAL_REPRESENTATIVE_TITLE("", "法定代表人职务；不从上级继承", false),
    COURT("", "所在地基层人民法院（强制执行申请、民事起诉、行政诉讼）", false),
    RECONSIDERATION_BODY("", "行政复议机关（通常为县级人民政府）", false),
    FINE_PAYMENT_METHOD("", "罚款缴纳方式（银行、账户或电子缴款渠道）", false),
    DOCUMENT_NUMBER_PATTERNS("", "文号格式（按文书类型覆盖默认值），如 ORDER_TO_RETURN={short}政责改字〔{year}〕第{n}号；多项以分号分隔", false);

    private final String defaultValue;
    private final String description;
    private final boolean statutory;

    Setting(String defaultValue, String description, boolean statutory) {
        this.defaultValue = defaultValue;
        this.description = description;
        this.statutory = statutory;
    }

    public String defaultValue() {
        return defaultValue;
    }

    public String description() {
        return description;
    }

    public boolean statutory() {
        return statutory;
    }

    /**
     * Whether a township without its own value takes its county's. The issuing body's identity does not: a county's
     * ISSUER_* values describe the county education bureau (which issues 整改通知书), and a township that has not set
     * its own name or address must print its own default, never the bureau's. Court, reconsideration body, payment
     * method and numbering patterns are shared by the county's bodies, so they do pass down.
     */
    public boolean inherited() {
        return switch (this) {
            case ISSUER_NAME, ISSUER_SHORT_NAME, ISSUER_ADDRESS, ISSUER_CONTACT_PERSON, ISSUER_PHONE,
                 ISSUER_LEGAL_REPRESENTATIVE, ISSUER_LEGAL_REPRESENTATIVE_TITLE -> false;
            default -> true;
        };
    }
}
