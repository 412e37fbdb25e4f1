package cn.fanxiao.documents;

/** Whether an archived document is in force. A superseded or voided one stays in the archive with its number. */
public enum DocumentStatus {
    ISSUED("有效"),
    SUPERSEDED("已被更正文书取代"),
    VOIDED("已作废");

    private final String label;

    DocumentStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
