package cn.fanxiao.deadlines;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * The service (送达) of one document of a case, with every attempt in order.
 *
 * @param servedOn the legal served date: the day of signing, leaving, the return slip or arrival, or for public
 *                 notice the deemed date (which may still lie ahead); the periods of the document start the day after
 * @param deemed the served date is deemed (public notice), not a day the recipient received the document
 */
public record ServiceRecord(long id, long caseId, ServedDocument document, String documentNumber, Long documentId,
                            LocalDate issuedOn,
                            String recipient, String address, ServiceStatus status, ServiceMethod method,
                            LocalDate servedOn, boolean deemed, List<ServiceAttempt> attempts, String createdBy,
                            Instant createdAt) {

    public boolean isServed() {
        return status == ServiceStatus.SERVED;
    }
}
