package cn.fanxiao.documents.internal.archive;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The serial of document numbers, one per issuing body, document type and year. Allocated inside the issuing
 * transaction with one row lock (the UPDATE's) held to commit, so concurrent issuances queue and a number is burnt
 * only when its document is archived. The year's row is created in a transaction of its own (see
 * {@code CaseNumberSequence} for why: inserting and updating in one transaction deadlocks under concurrency).
 */
@Component
public class DocumentSerials {

    private final DocumentMapper mapper;
    private final DocumentSerials self;

    public DocumentSerials(DocumentMapper mapper, @org.springframework.context.annotation.Lazy DocumentSerials self) {
        this.mapper = mapper;
        this.self = self;
    }

    public long next(String issuerCode, String type, int year) {
        if (mapper.bumpSerial(issuerCode, type, year) == 0) {
            self.startYear(issuerCode, type, year);
            mapper.bumpSerial(issuerCode, type, year);
        }
        return mapper.currentSerial(issuerCode, type, year);
    }

    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void startYear(String issuerCode, String type, int year) {
        try {
            mapper.startSerial(issuerCode, type, year);
        } catch (DuplicateKeyException anotherIssuanceCreatedIt) {
            // fine: the row exists now
        }
    }
}
