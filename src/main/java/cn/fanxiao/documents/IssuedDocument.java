package cn.fanxiao.documents;

import java.time.Instant;
import java.time.LocalDate;

/**
 * An issued document as the archive keeps it (without the PDF bytes).
 *
 * @param sha256 of the archived PDF, as issued; recomputed on every download and verification
 * @param verificationCode printed on every page; resolves at {@code /verify/{code}}
 * @param complyBy the last day the document gives the party (报到、复学、履行期限), where it prints one
 */
public record IssuedDocument(long id, Long caseId, DocumentType type, String title, String number, String issuerCode,
                             String issuerName, String stage, LocalDate issuedOn, String issuedBy, Instant issuedAt,
                             String verificationCode, String sha256, int sizeBytes, DocumentStatus status,
                             Long supersedesId, Long supersededById, String voidReason, LocalDate complyBy) {
}
