package cn.fanxiao.deadlines.internal;

import java.time.Instant;
import java.time.LocalDate;

/** A row of {@code fx_service}; MyBatis writes the generated id back into {@code id}. */
class ServiceRow {
    Long id;
    long caseId;
    String document;
    String documentNumber;
    Long documentId;
    LocalDate issuedOn;
    String recipient;
    String address;
    String status;
    String method;
    LocalDate servedOn;
    Long pendingCaseId;
    String createdBy;
    Instant createdAt;
}
