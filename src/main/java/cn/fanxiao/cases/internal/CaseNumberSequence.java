package cn.fanxiao.cases.internal;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The serial of case numbers, one per county and year. The year's row is created in a transaction of its own,
 * so the opening transaction only ever takes one lock on it (the UPDATE's), held to commit: concurrent openings
 * queue instead of deadlocking, as they would if each tried to insert the missing row and then update it.
 */
@Component
class CaseNumberSequence {

    private final CaseMapper mapper;

    CaseNumberSequence(CaseMapper mapper) {
        this.mapper = mapper;
    }

    /** Runs inside the opening transaction; the number is burnt only if that transaction commits. */
    int next(String countyCode, int year, Runnable ensureYear) {
        if (mapper.bumpSerial(countyCode, year) == 0) {
            ensureYear.run();
            mapper.bumpSerial(countyCode, year);
        }
        return mapper.currentSerial(countyCode, year);
    }

    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void ensureYear(String countyCode, int year) {
        try {
            mapper.startSerial(countyCode, year);
        } catch (DuplicateKeyException anotherOpeningCreatedIt) {
            // fine: the row exists now
        }
    }
}
