package cn.fanxiao.deadlines;

import java.util.List;
import java.util.Optional;

/**
 * Service (送达) records: who served which document on whom, how, and when it counts as served. The served date
 * is what starts the document's periods; the process reads it from here, never from a form.
 */
public interface ServiceRecords {

    /** Opens the service of a document; 409 if the same document of the case is still waiting to be served. */
    ServiceRecord open(long caseId, NewService service, String actor);

    /**
     * Records an attempt. A successful one serves the document; a failed one is kept as evidence (public notice
     * needs at least one). 409 if the document was already served.
     *
     * @param jurisdictionCode the case's township, whose settings give the public-notice period
     */
    ServiceRecord recordAttempt(long caseId, long serviceId, NewServiceAttempt attempt, String jurisdictionCode,
                                String actor);

    List<ServiceRecord> forCase(long caseId);

    Optional<ServiceRecord> find(long caseId, long serviceId);

    /** The latest served record of this document of the case, if it has been served. */
    Optional<ServiceRecord> served(long caseId, ServedDocument document);
}
