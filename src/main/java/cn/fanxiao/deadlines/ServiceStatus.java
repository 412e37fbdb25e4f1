package cn.fanxiao.deadlines;

/** Whether a document has been served yet. */
public enum ServiceStatus {
    PENDING("待送达"),
    SERVED("已送达");

    private final String label;

    ServiceStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
