package cn.fanxiao.enforcement;

import java.util.Map;
import java.util.Optional;

import cn.fanxiao.deadlines.ServedDocument;

/**
 * The 送达 tasks of the process and the document each one serves: such a task can be completed only once the
 * document's service record shows it served, and its periods start from that record's served date.
 */
public final class ServiceTasks {

    private static final Map<String, ServedDocument> DOCUMENTS = Map.of(
            "issueReturnNotice", ServedDocument.RETURN_NOTICE,
            "serveOrderToReturn", ServedDocument.ORDER_TO_RETURN,
            "servePriorNotice", ServedDocument.PRIOR_NOTICE,
            "servePenaltyDecision", ServedDocument.PENALTY_DECISION,
            "serveDemandLetter", ServedDocument.DEMAND_LETTER);

    private ServiceTasks() {
    }

    public static Optional<ServedDocument> documentServedBy(String taskKey) {
        return Optional.ofNullable(DOCUMENTS.get(taskKey));
    }
}
