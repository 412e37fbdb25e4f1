package cn.fanxiao.documents.internal.archive;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The serial of document numbers, one per issuing body, document type and year (legal-process.md §4.2).
 * <p>
 * A number is allocated in a short transaction of its own and committed at once. The PDF prints its number, so the
 * alternative (allocating inside the issuing transaction) holds the serial's row lock for the whole render: two
 * officers of one township issuing the same kind of notice then render one after the other, which measured 60 % of
 * the bare rendering rate on two threads. The price is that a number can be allocated and its issuance fail
 * afterwards; {@code NoticeIssuer} records such a number as voided with the reason ({@link VoidedNumberLog}), so the
 * sequence has no unexplained gaps and no number is handed out twice.
 * <p>
 * The year's row is created in a transaction of its own too (see {@code CaseNumberSequence}: inserting and updating
 * in one transaction deadlocks under concurrency).
 */
@Component
public class DocumentSerials {

    private final DocumentMapper mapper;
    private final DocumentSerials self;

    public DocumentSerials(DocumentMapper mapper, @org.springframework.context.annotation.Lazy DocumentSerials self) {
        this.mapper = mapper;
        this.self = self;
    }

    /** The next serial, committed before this returns: it is never allocated again, whatever happens next. */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public long allocate(String issuerCode, String type, int year) {
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
