package cn.fanxiao.enforcement.process;

import java.math.BigDecimal;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.springframework.stereotype.Component;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import cn.fanxiao.accounts.CurrentUser;
import cn.fanxiao.documents.DocumentDetails;
import cn.fanxiao.documents.DocumentDetailsReader;
import cn.fanxiao.documents.DocumentType;
import cn.fanxiao.documents.IssuedDocument;
import cn.fanxiao.documents.Notices;
import cn.fanxiao.shared.InvalidInputException;

/**
 * 审核并签发: completing the task signs the notice. Its details come from the task form (what the officer decides:
 * facts, evidence, a period of their own), the rest from the case, the jurisdiction and the documents served before
 * (the documents module fills those); the notice is then numbered, rendered and archived in the completion's
 * transaction, so a notice that cannot be issued (a missing mandatory element, a character no font has) leaves the
 * task open with the reason. The document's id and number stay on the task, whose history thereby shows what was
 * signed. If the case already has the notice in force (issued through the documents API before the task), that one
 * is adopted instead of putting a second number on the same family.
 */
@Component
public class SignDocument {

    /** the task form's field holding the document's details, a JSON object */
    public static final String DETAILS = "details";
    static final String DOCUMENT_ID = "documentId";
    static final String DOCUMENT_NUMBER = "documentNumber";
    /** set by {@link DecidePenalty}: the fine decided, which the decision must print */
    static final String DECIDED_FINE_AMOUNT = "decidedFineAmount";

    private final Notices notices;
    private final DocumentDetailsReader reader;
    private final Actors actors;
    private final ObjectMapper json;

    public SignDocument(Notices notices, DocumentDetailsReader reader, Actors actors, ObjectMapper json) {
        this.notices = notices;
        this.reader = reader;
        this.actors = actors;
        this.json = json;
    }

    /** Called by the task's complete listener: {@code ${signDocument.sign(task, 'ORDER_TO_RETURN')}}. */
    public void sign(DelegateTask task, String typeName) {
        DocumentType type = DocumentType.valueOf(typeName);
        long caseId = ProcessVariables.caseId(task);
        IssuedDocument document = notices.inForce(caseId, type).orElseGet(() -> {
            CurrentUser user = actors.currentUser(() -> ProcessVariables.countyCode(task));
            return notices.issue(caseId, type, withDecidedValues(task, details(task, type)), user);
        });
        task.setVariableLocal(DOCUMENT_ID, document.id());
        task.setVariableLocal(DOCUMENT_NUMBER, document.number());
    }

    private DocumentDetails details(DelegateTask task, DocumentType type) {
        Object raw = task.getVariableLocal(DETAILS);
        JsonNode node;
        try {
            node = raw == null ? null : json.readTree(raw.toString());
        } catch (JsonProcessingException e) {
            throw new InvalidInputException(DETAILS, "格式有误，请核对");
        }
        return reader.read(type, node, DETAILS, true);
    }

    /** The decision prints the fine the decision task recorded; a different amount typed on the form is refused. */
    private static DocumentDetails withDecidedValues(DelegateTask task, DocumentDetails details) {
        Object decided = task.getVariable(DECIDED_FINE_AMOUNT);
        if (!(details instanceof DocumentDetails.PenaltyDecision d) || decided == null) {
            return details;
        }
        BigDecimal amount = new BigDecimal(decided.toString());
        if (d.fineAmount() != null && d.fineAmount().compareTo(amount) != 0) {
            throw new InvalidInputException(DETAILS + ".fineAmount",
                    "罚款数额应与处罚决定一致：" + amount.toPlainString() + "元");
        }
        return new DocumentDetails.PenaltyDecision(d.facts(), d.evidence(), d.priorNotice(), d.statementHandling(),
                d.provisionsViolated(), d.penaltyBasis(), amount, d.school(), d.returnBy(), d.payment(), d.remedies());
    }
}
