package cn.fanxiao.documents.internal.archive;

import java.time.Instant;
import java.time.LocalDate;

/** A row of {@code fx_document}, without the PDF unless read with {@link DocumentMapper#pdf}. */
public class DocumentRow {
    public Long id;
    public Long caseId;
    public String docType;
    public String docNumber;
    public String issuerCode;
    public String issuerName;
    public int docYear;
    public long serial;
    public String stage;
    public LocalDate issuedOn;
    public String issuedBy;
    public Instant issuedAt;
    public String verificationCode;
    /** the case while a once-per-case notice is in force, else null (written only) */
    public Long inForceCaseId;
    public LocalDate complyBy;
    public String sha256;
    public int sizeBytes;
    public byte[] pdf;
    public String status;
    public Long supersedesId;
    public Long supersededById;
    public String voidReason;
    public String voidedBy;
    public Instant voidedAt;
}
