package cn.fanxiao.deadlines;

import java.time.LocalDate;

/**
 * A document to be served on the party.
 *
 * @param documentNumber the document's number (文号), if it has one yet
 * @param issuedOn the day the document was issued (签发): service cannot precede it
 * @param recipient the person served, normally a guardian
 * @param documentId the archived document served, when it was issued in Fanxiao (else null)
 */
public record NewService(ServedDocument document, String documentNumber, LocalDate issuedOn, String recipient,
                         String address, Long documentId) {
}
