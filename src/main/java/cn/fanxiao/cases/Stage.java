package cn.fanxiao.cases;

/** Where a case stands (legal-process.md §2.2). */
public enum Stage {
    VERIFICATION("核查"),
    PERSUASION("第一步：宣传教育（劝返）"),
    ORDER_TO_RETURN("第二步：责令限期改正"),
    PENALTY("第三步：行政处罚"),
    NON_LITIGATION_ENFORCEMENT("第四步：申请法院强制执行"),
    CIVIL_SUIT("第四步：民事诉讼"),
    RETENTION_MONITORING("复学后保学"),
    CLOSED("已结案");

    private final String label;

    Stage(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
