package cn.fanxiao.enforcement.process;

import java.time.LocalDate;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.springframework.stereotype.Component;

import java.util.Objects;

import cn.fanxiao.deadlines.ServedDocument;
import cn.fanxiao.documents.DocumentType;
import cn.fanxiao.documents.IssuedDocument;
import cn.fanxiao.documents.Notices;
import cn.fanxiao.deadlines.ServiceRecord;
import cn.fanxiao.deadlines.ServiceRecords;
import cn.fanxiao.shared.InvalidInputException;

/**
 * The served date of a document, from its service record: a 送达 task cannot be completed before the document has
 * been served, and the date that starts its periods is the one the service record proves, not one typed on a form.
 */
@Component
public class ServedDates {

    static final String SERVED_ON = "servedOn";
    static final String SERVICE_ID = "serviceId";

    private final ServiceRecords services;
    private final Notices notices;

    public ServedDates(ServiceRecords services, Notices notices) {
        this.services = services;
        this.notices = notices;
    }

    /** The served date and the date the signed notice gives the party, if it prints one. */
    public record Served(LocalDate on, LocalDate complyBy) {

        /**
         * The period's length counted from service, lengthened where the notice prints a later date: the process
         * must never hold the party to less than the paper they were served says.
         */
        public int atLeastUntilComplyBy(int amount) {
            return complyBy == null ? amount
                    : Math.max(amount, (int) java.time.temporal.ChronoUnit.DAYS.between(on, complyBy));
        }
    }

    /** Also leaves the date and the record's id on the task, so that its history shows what it rested on. */
    public LocalDate of(DelegateTask task, ServedDocument document) {
        return served(task, document).on();
    }

    public Served served(DelegateTask task, ServedDocument document) {
        long caseId = ProcessVariables.caseId(task);
        IssuedDocument signed = notices.inForce(caseId, DocumentType.of(document))
                .orElseThrow(() -> new InvalidInputException("service", "《" + document.title()
                        + "》尚未签发：请先完成「审核并签发」，再登记送达"));
        ServiceRecord record = services.served(caseId, document)
                .orElseThrow(() -> new InvalidInputException("service", "《" + document.title()
                        + "》尚未送达：请先登记送达情况（送达方式、日期、送达人和证据），再完成此任务"));
        if (!Objects.equals(record.documentId(), signed.id())) {
            // what is served must be what was signed: a record typed without the document, or of a superseded one,
            // does not start the periods of the notice in force
            throw new InvalidInputException("service", "已登记的送达不是现行有效的《" + document.title() + "》（"
                    + signed.number() + "）的送达：请从该文书登记送达");
        }
        task.setVariableLocal(SERVED_ON, record.servedOn().toString());
        task.setVariableLocal(SERVICE_ID, record.id());
        return new Served(record.servedOn(), signed.complyBy());
    }
}
