package cn.fanxiao.accounts;

/** What a user may do; the jurisdiction a user belongs to limits where. */
public enum Role {
    SCHOOL_STAFF("学校工作人员"),
    TOWNSHIP_OFFICER("乡镇（街道）工作人员"),
    BUREAU_LEGAL("教育局法制工作人员"),
    AUDITOR("审计人员（只读）"),
    ADMIN("系统管理员");

    private final String label;

    Role(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
