package cn.fanxiao.documents.internal.archive;

import java.time.Instant;

/** A row of {@code fx_voided_document_number}: a number allocated whose document was never archived. */
public record VoidedNumber(String issuerCode, String docType, int docYear, long serial, String docNumber, Long caseId,
                           String reason, String voidedBy, Instant voidedAt) {
}
