package cn.fanxiao.deadlines.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;

/** A row of {@code fx_service_attempt}; lists are stored joined by ';' (names and references cannot contain one). */
class AttemptRow {
    Long id;
    long serviceId;
    int seq;
    String method;
    String outcome;
    LocalDateTime attemptedAt;
    LocalDate servedOn;
    String receivedBy;
    String receiverRelation;
    String refusalReason;
    String failureReason;
    String witnessName;
    String witnessOrganisation;
    String consentRef;
    boolean consentSigned;
    LocalDate returnSlipDate;
    LocalDate publishedOn;
    String noticeMedium;
    String noticeReason;
    String servers;
    String evidenceRefs;
    String note;
    String recordedBy;
    Instant recordedAt;
}
