package cn.fanxiao.cases;

public enum VisitMethod {
    IN_PERSON("入户走访"), PHONE("电话"), VIDEO("视频");

    private final String label;

    VisitMethod(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
