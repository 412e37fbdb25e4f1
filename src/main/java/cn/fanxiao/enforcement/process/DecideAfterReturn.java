package cn.fanxiao.enforcement.process;

/**
 * 复学后罚款处理 (legal-process.md §2.4): the order to return is fulfilled, but a served fine stays due unless the
 * agency revokes it. The choice and its reason stay on the task; {@code ENFORCE_FINE_ONLY} adds a court task.
 */
public final class DecideAfterReturn {

    public static final String AFTER_RETURN_ACTION = "afterReturnAction";

    public enum Action {
        FINE_PAID("罚款已缴纳"),
        ENFORCE_FINE_ONLY("仅就罚款申请法院强制执行"),
        NOT_PURSUED("决定不再追缴");

        private final String label;

        Action(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    private DecideAfterReturn() {
    }
}
