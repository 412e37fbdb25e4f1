package cn.fanxiao.cases;

/** Why the child dropped out (the report's reason codes). */
public enum ReasonCategory {
    LEARNING_DIFFICULTY("厌学/学习困难"),
    FAMILY_POVERTY("家庭经济困难"),
    MIGRANT_WORK("外出务工"),
    EARLY_MARRIAGE("早婚早育"),
    ILLNESS_DISABILITY("疾病/残疾"),
    MIGRATION("随迁/流动"),
    OTHER("其他");

    private final String label;

    ReasonCategory(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
