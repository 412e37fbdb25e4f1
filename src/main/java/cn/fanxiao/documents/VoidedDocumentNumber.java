package cn.fanxiao.documents;

import java.time.Instant;

/**
 * A document number that was allocated but is carried by no archived document, because its issuance failed after
 * the number was taken (§4.2: void numbers are logged, never reused). Voided documents are not listed here: they
 * keep their own archive entry.
 */
public record VoidedDocumentNumber(String number, DocumentType type, String title, int year, long serial,
                                   Long caseId, String reason, String voidedBy, Instant voidedAt) {
}
