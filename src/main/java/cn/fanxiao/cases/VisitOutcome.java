package cn.fanxiao.cases;

public enum VisitOutcome {
    AGREED_TO_RETURN("同意复学"), REFUSED("拒绝"), UNDECIDED("未决定");

    private final String label;

    VisitOutcome(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
