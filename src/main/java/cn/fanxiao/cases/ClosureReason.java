package cn.fanxiao.cases;

/** Closure reason codes of legal-process.md §2.4. */
public enum ClosureReason {
    RETURNED("已复学"),
    TRANSFERRED("经核实转学或异地就读"),
    DEFERRAL_SUSPENSION_EXEMPTION("经批准缓学、休学或免学"),
    HOME_TEACHING("送教上门"),
    SPECIAL_SCHOOL("转入专门学校"),
    BEYOND_AGE_OR_COMPLETED("超出义务教育年龄或已完成义务教育"),
    MOVED_AWAY("经核实迁出或出境"),
    DEATH("死亡"),
    NOT_A_DROPOUT("经核查不属于辍学"),
    /** dropped out again during retention monitoring: this case closes, a new linked case continues */
    RELAPSED("辍学反复，已另立新案"),
    /** needs the county bureau's approval and a note */
    OTHER("其他（需审批）");

    private final String label;

    ClosureReason(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
