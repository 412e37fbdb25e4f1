package cn.fanxiao.documents.internal.archive;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import cn.fanxiao.documents.DocumentEvents;
import cn.fanxiao.documents.DocumentType;

/**
 * Logs a number allocated for an issuance that then failed (§4.2: void numbers are logged, never reused). Runs in a
 * transaction of its own because it is called after the issuing transaction rolled back.
 */
@Component
public class VoidedNumberLog {

    private final DocumentMapper mapper;
    private final ApplicationEventPublisher events;

    public VoidedNumberLog(DocumentMapper mapper, ApplicationEventPublisher events) {
        this.mapper = mapper;
        this.events = events;
    }

    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void record(VoidedNumber number) {
        mapper.insertVoidedNumber(number);
        events.publishEvent(new DocumentEvents.NumberVoided(number.caseId(),
                DocumentType.valueOf(number.docType()).title(), number.docNumber(), number.reason(), number.voidedBy()));
    }
}
