package cn.fanxiao.deadlines;

/** The ways a document is served (送达), 民事诉讼法 2023 (legal-process.md §3.2). */
public enum ServiceMethod {
    DIRECT("直接送达", "民事诉讼法第87条、第88条"),
    LEFT_AFTER_REFUSAL("留置送达", "民事诉讼法第89条"),
    POST("邮寄送达", "民事诉讼法第91条"),
    ELECTRONIC("电子送达", "民事诉讼法第90条"),
    PUBLIC_NOTICE("公告送达", "民事诉讼法第95条");

    private final String label;
    private final String basis;

    ServiceMethod(String label, String basis) {
        this.label = label;
        this.basis = basis;
    }

    public String label() {
        return label;
    }

    public String basis() {
        return basis;
    }
}
