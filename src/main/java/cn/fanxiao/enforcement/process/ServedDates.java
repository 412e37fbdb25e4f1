package cn.fanxiao.enforcement.process;

import java.time.LocalDate;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.springframework.stereotype.Component;

import cn.fanxiao.deadlines.ServedDocument;
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

    public ServedDates(ServiceRecords services) {
        this.services = services;
    }

    /** Also leaves the date and the record's id on the task, so that its history shows what it rested on. */
    public LocalDate of(DelegateTask task, ServedDocument document) {
        ServiceRecord record = services.served(ProcessVariables.caseId(task), document)
                .orElseThrow(() -> new InvalidInputException("service", "《" + document.title()
                        + "》尚未送达：请先登记送达情况（送达方式、日期、送达人和证据），再完成此任务"));
        task.setVariableLocal(SERVED_ON, record.servedOn().toString());
        task.setVariableLocal(SERVICE_ID, record.id());
        return record.servedOn();
    }
}
