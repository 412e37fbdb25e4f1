package cn.fanxiao.documents;

/**
 * The kind of body that issues a document (legal-process.md §4.3). The case decides which body of that kind: its
 * school, its township, its county's education bureau.
 */
public enum IssuerKind {
    /** The child's school: it reports and records, it orders nothing (it is no administrative organ). */
    SCHOOL("学校"),
    /** The township (street) government that acts on the case (乡镇人民政府 / 街道办事处). */
    TOWNSHIP("乡镇（街道）人民政府"),
    /** The county education bureau (教育局), which supervises the county's schools and townships. */
    COUNTY_BUREAU("县教育局");

    private final String label;

    IssuerKind(String label) {
        this.label = label;
    }

    /** As users read it, e.g. in 「《整改通知书》由县教育局签发」. */
    public String label() {
        return label;
    }
}
