package cn.fanxiao.documents.internal.archive;

import java.time.Instant;

/** A row of {@code fx_voided_document_number}: a number allocated whose document was never archived. */
public record VoidedNumber(String issuerCode, String docType, int docYear, long serial, String docNumber, Long caseId,
                           String reason, String voidedBy, Instant voidedAt) {

    /** A number just allocated: why and when it is voided is known only if its issuance fails. */
    public static VoidedNumber allocated(String issuerCode, String docType, int docYear, long serial, String docNumber,
                                         Long caseId, String by) {
        return new VoidedNumber(issuerCode, docType, docYear, serial, docNumber, caseId, null, by, null);
    }

    public VoidedNumber because(String why, Instant at) {
        return new VoidedNumber(issuerCode, docType, docYear, serial, docNumber, caseId, why, voidedBy, at);
    }
}
