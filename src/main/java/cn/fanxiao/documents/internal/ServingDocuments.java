package cn.fanxiao.documents.internal;

import java.util.List;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import cn.fanxiao.accounts.CurrentUser;
import cn.fanxiao.documents.DocumentDetails;
import cn.fanxiao.documents.DocumentModel;
import cn.fanxiao.documents.DocumentStatus;
import cn.fanxiao.documents.DocumentType;
import cn.fanxiao.documents.IssuedDocument;
import cn.fanxiao.documents.Notices;
import cn.fanxiao.deadlines.NewService;
import cn.fanxiao.deadlines.ServedDocument;
import cn.fanxiao.deadlines.ServiceAttempt;
import cn.fanxiao.deadlines.ServiceRecord;
import cn.fanxiao.deadlines.ServiceRecords;
import cn.fanxiao.shared.ConflictException;
import cn.fanxiao.shared.InvalidInputException;
import cn.fanxiao.shared.NotFoundException;

/**
 * Ties issued documents to their service: a service record opened from an archived document carries its number
 * and date (nothing typed twice), and the 送达回证 is filled from the service record it proves.
 */
@Service
public class ServingDocuments {

    private final Notices notices;
    private final ServiceRecords services;

    ServingDocuments(Notices notices, ServiceRecords services) {
        this.notices = notices;
        this.services = services;
    }

    /** Opens the service of an issued document on {@code recipient}. */
    @Transactional
    public ServiceRecord serve(long documentId, String recipient, String address, CurrentUser user) {
        IssuedDocument doc = notices.get(documentId, user);
        if (doc.status() != DocumentStatus.ISSUED) {
            throw new ConflictException("status", "文书" + doc.number() + doc.status().label() + "，不能送达");
        }
        ServedDocument served = servedDocument(doc.type());
        return services.open(doc.caseId(), new NewService(served, doc.number(), doc.issuedOn(), recipient, address,
                doc.id()), user.username());
    }

    /**
     * Issues the 送达回证 of a service record. Before service it is the blank receipt the officer takes along
     * (method and signatures left to fill in by hand); after service it records what happened.
     */
    @Transactional
    public IssuedDocument proofOfService(long caseId, long serviceId, CurrentUser user) {
        ServiceRecord record = services.find(caseId, serviceId)
                .orElseThrow(() -> new NotFoundException("送达记录不存在：" + serviceId));
        ServiceAttempt last = record.attempts().isEmpty() ? null : record.attempts().get(record.attempts().size() - 1);
        ServiceAttempt served = record.isServed() ? last : null;
        DocumentModel.DocumentRef ref = new DocumentModel.DocumentRef(record.document().title(),
                record.documentNumber(), record.issuedOn(), record.servedOn());
        DocumentDetails.ProofOfService details = new DocumentDetails.ProofOfService(ref, record.recipient(),
                record.address(), served == null ? null : served.method().label(),
                served == null ? null : served.attemptedAt(), served == null ? null : served.receivedBy(),
                served == null ? null : served.receiverRelation(), served == null ? null : served.refusalReason(),
                served == null ? null : served.witnessName(), served == null ? null : served.witnessOrganisation(),
                served == null ? List.of() : served.servers(), served == null ? null : remarks(record, served),
                served == null ? List.of() : served.evidenceRefs());
        return notices.issue(caseId, DocumentType.PROOF_OF_SERVICE, details, user);
    }

    private static String remarks(ServiceRecord record, ServiceAttempt served) {
        if (record.deemed()) {
            return "公告于" + served.publishedOn() + "在" + served.noticeMedium() + "发布，自发布之日起满法定期间，视为于"
                    + record.servedOn() + "送达（民事诉讼法第95条）。" + served.noticeReason();
        }
        return served.note();
    }

    private static ServedDocument servedDocument(DocumentType type) {
        return type.servedAs().orElseThrow(() -> new InvalidInputException("documentId",
                "《" + type.title() + "》不是需要送达并起算期间的文书"));
    }
}
