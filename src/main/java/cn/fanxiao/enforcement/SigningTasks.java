package cn.fanxiao.enforcement;

import java.util.Map;
import java.util.Optional;

import cn.fanxiao.documents.DocumentType;

/**
 * The 审核并签发 tasks of the process and the notice each one signs. Completing such a task issues the notice
 * (numbered, rendered, archived); the 送达 task after it accepts only the service of that notice.
 */
public final class SigningTasks {

    private static final Map<String, DocumentType> DOCUMENTS = Map.of(
            "signReturnNotice", DocumentType.RETURN_NOTICE,
            "signOrderToReturn", DocumentType.ORDER_TO_RETURN,
            "signPriorNotice", DocumentType.PRIOR_NOTICE,
            "signPenaltyDecision", DocumentType.PENALTY_DECISION,
            "signDemandLetter", DocumentType.DEMAND_LETTER);

    private SigningTasks() {
    }

    public static Optional<DocumentType> documentSignedBy(String taskKey) {
        return Optional.ofNullable(DOCUMENTS.get(taskKey));
    }

    /** The task that signs {@code type}, if the process signs it. */
    public static Optional<String> taskSigning(DocumentType type) {
        return DOCUMENTS.entrySet().stream().filter(e -> e.getValue() == type).map(Map.Entry::getKey).findFirst();
    }
}
