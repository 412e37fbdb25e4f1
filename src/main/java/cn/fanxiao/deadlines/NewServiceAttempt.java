package cn.fanxiao.deadlines;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

/**
 * One attempt to serve a document, as the officer reports it. Which fields are required depends on the method
 * and outcome (legal-process.md §3.2); {@code ServiceRules} says which, naming each missing field.
 *
 * @param served true if the document was served by this attempt; false for a failed attempt
 * @param attemptedAt when the officer delivered, left, posted or sent the document, or tried to (legal time)
 * @param receivedBy who signed the 送达回证 (direct service); an adult family member living with the recipient may
 * @param receiverRelation that family member's relationship to the recipient
 * @param refusalReason why the recipient refused (left after refusal)
 * @param failureReason why the attempt failed (not at home, moved away, returned by post …)
 * @param witnessName witness of a refusal: a representative of a local organisation or employer
 * @param consentRef where the recipient's consent to electronic service is recorded
 * @param consentSigned the consent is a signed form (required to serve a penalty decision electronically)
 * @param returnSlipDate the receipt date on the postal return slip: the served date of postal service
 * @param publishedOn the day a public notice was published: service is deemed N days later
 * @param noticeReason public notice: the reason and the steps taken before it
 * @param servers the officers who served (two recommended)
 * @param evidenceRefs photo, video or scanned-receipt references proving the attempt
 */
public record NewServiceAttempt(ServiceMethod method, Boolean served, LocalDateTime attemptedAt,
                                String receivedBy, String receiverRelation, String refusalReason, String failureReason,
                                String witnessName, String witnessOrganisation, String consentRef, Boolean consentSigned,
                                LocalDate returnSlipDate, LocalDate publishedOn, String noticeMedium, String noticeReason,
                                List<String> servers, List<String> evidenceRefs, String note) {
}
