package cn.fanxiao.cases;

/** 双线包保: the government line and the education line. */
public enum ResponsibleLine {
    GOVERNMENT("政府线"), EDUCATION("教育线");

    private final String label;

    ResponsibleLine(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
