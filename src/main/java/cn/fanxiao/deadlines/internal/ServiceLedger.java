package cn.fanxiao.deadlines.internal;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import cn.fanxiao.accounts.Jurisdictions;
import cn.fanxiao.accounts.Setting;
import cn.fanxiao.deadlines.DeadlineCalculator;
import cn.fanxiao.deadlines.LegalTime;
import cn.fanxiao.deadlines.NewService;
import cn.fanxiao.deadlines.NewServiceAttempt;
import cn.fanxiao.deadlines.PeriodUnit;
import cn.fanxiao.deadlines.ServedDocument;
import cn.fanxiao.deadlines.ServiceAttempt;
import cn.fanxiao.deadlines.ServiceEvents;
import cn.fanxiao.deadlines.ServiceMethod;
import cn.fanxiao.deadlines.ServiceRecord;
import cn.fanxiao.deadlines.ServiceRecords;
import cn.fanxiao.deadlines.ServiceStatus;
import cn.fanxiao.shared.ConflictException;
import cn.fanxiao.shared.NotFoundException;

/** {@link ServiceRecords} on {@code fx_service} and {@code fx_service_attempt}; each call is one transaction. */
@Service
class ServiceLedger implements ServiceRecords {

    private final ServiceMapper mapper;
    private final DeadlineCalculator calculator;
    private final Jurisdictions jurisdictions;
    private final ApplicationEventPublisher events;

    ServiceLedger(ServiceMapper mapper, DeadlineCalculator calculator, Jurisdictions jurisdictions,
                  ApplicationEventPublisher events) {
        this.mapper = mapper;
        this.calculator = calculator;
        this.jurisdictions = jurisdictions;
        this.events = events;
    }

    @Override
    @Transactional
    public ServiceRecord open(long caseId, NewService service, String actor) {
        ServiceRules.checkNew(service);
        ServiceRow row = new ServiceRow();
        row.caseId = caseId;
        row.document = service.document().name();
        row.documentNumber = strip(service.documentNumber());
        row.documentId = service.documentId();
        row.issuedOn = service.issuedOn();
        row.recipient = service.recipient().strip();
        row.address = service.address().strip();
        row.status = ServiceStatus.PENDING.name();
        row.pendingCaseId = caseId;
        row.createdBy = actor;
        row.createdAt = LegalTime.now();
        try {
            mapper.insert(row);
        } catch (DuplicateKeyException e) {
            throw new ConflictException("document",
                    "本案《" + service.document().title() + "》已有一份待送达记录，请在该记录上登记送达情况");
        }
        ServiceRecord record = toRecord(row, List.of());
        events.publishEvent(new ServiceEvents.ServiceOpened(record, actor));
        return record;
    }

    @Override
    @Transactional
    public ServiceRecord recordAttempt(long caseId, long serviceId, NewServiceAttempt attempt, String jurisdictionCode,
                                       String actor) {
        ServiceRow row = mapper.lock(caseId, serviceId);
        if (row == null) {
            throw new NotFoundException("送达记录不存在：" + serviceId);
        }
        ServiceRecord before = toRecord(row, mapper.attemptsOf(List.of(serviceId)));
        if (before.isServed()) {
            throw new ConflictException("served", "《" + before.document().title() + "》已于" + before.servedOn()
                    + "送达，不能再登记送达；如需重新送达，请重新登记待送达文书");
        }
        ServiceRules.checkAttempt(before, attempt);

        AttemptRow a = attemptRow(serviceId, before.attempts().size() + 1, attempt, actor);
        if (attempt.served()) {
            a.servedOn = ServiceRules.servedDate(attempt, deemedService(attempt, jurisdictionCode));
            mapper.markServed(serviceId, attempt.method().name(), a.servedOn);
            row.status = ServiceStatus.SERVED.name();
            row.method = attempt.method().name();
            row.servedOn = a.servedOn;
        }
        mapper.insertAttempt(a);
        ServiceRecord after = toRecord(row, mapper.attemptsOf(List.of(serviceId)));
        events.publishEvent(new ServiceEvents.ServiceAttempted(after, after.attempts().get(after.attempts().size() - 1),
                actor));
        return after;
    }

    /** 民事诉讼法 Art. 95: served N days after publication (per jurisdiction, default 30); the date itself never rolls. */
    private LocalDate deemedService(NewServiceAttempt attempt, String jurisdictionCode) {
        if (attempt.method() != ServiceMethod.PUBLIC_NOTICE) {
            return null;
        }
        int days = jurisdictions.settingsFor(jurisdictionCode).number(Setting.PUBLIC_NOTICE_DAYS);
        return calculator.compute(attempt.publishedOn(), days, PeriodUnit.DEEMED_SERVICE, jurisdictionCode).due();
    }

    @Override
    @Transactional(readOnly = true)
    public List<ServiceRecord> forCase(long caseId) {
        List<ServiceRow> rows = mapper.forCase(caseId);
        if (rows.isEmpty()) {
            return List.of();
        }
        Map<Long, List<AttemptRow>> attempts = mapper.attemptsOf(rows.stream().map(r -> r.id).toList()).stream()
                .collect(Collectors.groupingBy(a -> a.serviceId));
        return rows.stream().map(r -> toRecord(r, attempts.getOrDefault(r.id, List.of()))).toList();
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<ServiceRecord> find(long caseId, long serviceId) {
        return Optional.ofNullable(mapper.find(caseId, serviceId))
                .map(r -> toRecord(r, mapper.attemptsOf(List.of(serviceId))));
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<ServiceRecord> served(long caseId, ServedDocument document) {
        return forCase(caseId).stream()
                .filter(r -> r.document() == document && r.isServed())
                .max(Comparator.comparingLong(ServiceRecord::id));
    }

    private static AttemptRow attemptRow(long serviceId, int seq, NewServiceAttempt in, String actor) {
        AttemptRow a = new AttemptRow();
        a.serviceId = serviceId;
        a.seq = seq;
        a.method = in.method().name();
        a.outcome = in.served() ? "SERVED" : "FAILED";
        a.attemptedAt = in.attemptedAt();
        a.receivedBy = strip(in.receivedBy());
        a.receiverRelation = strip(in.receiverRelation());
        a.refusalReason = strip(in.refusalReason());
        a.failureReason = strip(in.failureReason());
        a.witnessName = strip(in.witnessName());
        a.witnessOrganisation = strip(in.witnessOrganisation());
        a.consentRef = strip(in.consentRef());
        a.consentSigned = Boolean.TRUE.equals(in.consentSigned());
        a.returnSlipDate = in.returnSlipDate();
        a.publishedOn = in.publishedOn();
        a.noticeMedium = strip(in.noticeMedium());
        a.noticeReason = strip(in.noticeReason());
        a.servers = ServiceRules.join(in.servers());
        a.evidenceRefs = ServiceRules.join(in.evidenceRefs());
        a.note = strip(in.note());
        a.recordedBy = actor;
        a.recordedAt = LegalTime.now();
        return a;
    }

    private static ServiceRecord toRecord(ServiceRow r, List<AttemptRow> attempts) {
        ServiceMethod method = r.method == null ? null : ServiceMethod.valueOf(r.method);
        return new ServiceRecord(r.id, r.caseId, ServedDocument.valueOf(r.document), r.documentNumber, r.documentId,
                r.issuedOn,
                r.recipient, r.address, ServiceStatus.valueOf(r.status), method, r.servedOn,
                method == ServiceMethod.PUBLIC_NOTICE, attempts.stream().map(ServiceLedger::toAttempt).toList(),
                r.createdBy, r.createdAt);
    }

    private static ServiceAttempt toAttempt(AttemptRow a) {
        return new ServiceAttempt(a.id, a.seq, ServiceMethod.valueOf(a.method), "SERVED".equals(a.outcome),
                a.attemptedAt, a.servedOn, a.receivedBy, a.receiverRelation, a.refusalReason, a.failureReason,
                a.witnessName, a.witnessOrganisation, a.consentRef, a.consentSigned, a.returnSlipDate, a.publishedOn,
                a.noticeMedium, a.noticeReason, ServiceRules.split(a.servers), ServiceRules.split(a.evidenceRefs),
                a.note, a.recordedBy, a.recordedAt);
    }

    private static String strip(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
