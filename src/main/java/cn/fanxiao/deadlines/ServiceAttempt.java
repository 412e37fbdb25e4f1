package cn.fanxiao.deadlines;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

/** A recorded attempt to serve a document; {@code servedOn} is set on the attempt that served it. */
public record ServiceAttempt(long id, int seq, ServiceMethod method, boolean served, LocalDateTime attemptedAt,
                             LocalDate servedOn, String receivedBy, String receiverRelation, String refusalReason,
                             String failureReason, String witnessName, String witnessOrganisation, String consentRef,
                             boolean consentSigned, LocalDate returnSlipDate, LocalDate publishedOn,
                             String noticeMedium, String noticeReason, List<String> servers, List<String> evidenceRefs,
                             String note, String recordedBy, Instant recordedAt) {
}
