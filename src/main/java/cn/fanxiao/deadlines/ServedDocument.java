package cn.fanxiao.deadlines;

import java.util.List;

/**
 * The documents of the four steps whose service (送达) starts a period: the served date is the trigger of every
 * deadline listed here (legal-process.md §2.3, §3.1 rule 1).
 */
public enum ServedDocument {
    RETURN_NOTICE("入学（复学）通知书", List.of(DeadlineKind.RETURN_NOTICE)),
    ORDER_TO_RETURN("限期复学通知书", List.of(DeadlineKind.ORDER_TO_RETURN)),
    PRIOR_NOTICE("行政处罚事先告知书", List.of(DeadlineKind.STATEMENT_WINDOW, DeadlineKind.HEARING_REQUEST)),
    PENALTY_DECISION("行政处罚决定书", List.of(DeadlineKind.FINE_PAYMENT, DeadlineKind.RECONSIDERATION_WINDOW,
            DeadlineKind.LAWSUIT_WINDOW)),
    DEMAND_LETTER("催告书", List.of(DeadlineKind.DEMAND_LETTER_WAIT));

    private final String title;
    private final List<DeadlineKind> periods;

    ServedDocument(String title, List<DeadlineKind> periods) {
        this.title = title;
        this.periods = periods;
    }

    public String title() {
        return title;
    }

    /** The periods that run from this document's service. */
    public List<DeadlineKind> periods() {
        return periods;
    }
}
