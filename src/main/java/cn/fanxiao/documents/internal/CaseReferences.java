package cn.fanxiao.documents.internal;

import java.time.LocalDate;
import java.util.Optional;

import org.springframework.stereotype.Component;

import cn.fanxiao.deadlines.ServedDocument;
import cn.fanxiao.deadlines.ServiceRecord;
import cn.fanxiao.deadlines.ServiceRecords;
import cn.fanxiao.documents.DocumentModel.DocumentRef;
import cn.fanxiao.documents.DocumentType;
import cn.fanxiao.documents.internal.archive.DocumentMapper;
import cn.fanxiao.documents.internal.archive.DocumentRow;

/**
 * The case's earlier documents as a later one cites them: the one still in force in the archive (a voided or
 * superseded one no longer binds the party) and the day it was served, read from the deadlines module's service
 * record, the same date the process counts its periods from.
 */
@Component
class CaseReferences {

    private final DocumentMapper archive;
    private final ServiceRecords services;

    CaseReferences(DocumentMapper archive, ServiceRecords services) {
        this.archive = archive;
        this.services = services;
    }

    /**
     * The case's document of {@code type} in force, as a reference; its served date only if it was served by
     * {@code asOf} (a public notice's deemed date may still lie ahead, and then the document is not served yet).
     */
    Optional<DocumentRef> inForce(long caseId, DocumentType type, LocalDate asOf) {
        DocumentRow doc = archive.inForce(caseId, type.name());
        if (doc == null) {
            return Optional.empty();
        }
        return Optional.of(new DocumentRef(type.title(), doc.docNumber, doc.issuedOn, servedOn(caseId, type, doc, asOf)));
    }

    private LocalDate servedOn(long caseId, DocumentType type, DocumentRow doc, LocalDate asOf) {
        Optional<ServedDocument> kind = type.servedAs();
        if (kind.isEmpty()) {
            return null; // no period runs from it, so no service is recorded for it
        }
        return services.served(caseId, kind.get())
                .filter(record -> serves(record, doc))
                .map(ServiceRecord::servedOn)
                .filter(on -> !on.isAfter(asOf))
                .orElse(null);
    }

    /**
     * Whether the latest service of the kind is the service of this very document. A correction has a new number
     * and must be served again, so a record naming another document does not count. A record opened by hand names
     * none; it counts unless it was served before this document existed (then it served an earlier one).
     */
    private static boolean serves(ServiceRecord record, DocumentRow doc) {
        if (record.documentId() != null) {
            return record.documentId().equals(doc.id);
        }
        if (record.documentNumber() != null && !record.documentNumber().isBlank()) {
            return record.documentNumber().strip().equals(doc.docNumber);
        }
        return record.servedOn() != null && !record.servedOn().isBefore(doc.issuedOn);
    }
}
