package cn.fanxiao.deadlines.internal;

import java.time.LocalDate;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import cn.fanxiao.accounts.Jurisdictions;
import cn.fanxiao.deadlines.ComputedDue;
import cn.fanxiao.deadlines.Deadline;
import cn.fanxiao.deadlines.DeadlineCalculator;
import cn.fanxiao.deadlines.DeadlineEvents;
import cn.fanxiao.deadlines.DeadlineKind;
import cn.fanxiao.deadlines.DeadlineStatus;
import cn.fanxiao.deadlines.Deadlines;
import cn.fanxiao.deadlines.LegalTime;

/** Computes deadlines through the one {@link DeadlineCalculator} and keeps each with its inputs, rule and basis. */
@Service
class DeadlineLedger implements Deadlines {

    private final DeadlineMapper mapper;
    private final DeadlineCalculator calculator;
    private final Jurisdictions jurisdictions;
    private final ApplicationEventPublisher events;

    DeadlineLedger(DeadlineMapper mapper, DeadlineCalculator calculator, Jurisdictions jurisdictions,
                   ApplicationEventPublisher events) {
        this.mapper = mapper;
        this.calculator = calculator;
        this.jurisdictions = jurisdictions;
        this.events = events;
    }

    @Override
    @Transactional
    public Deadline open(long caseId, DeadlineKind kind, LocalDate trigger, String jurisdictionCode) {
        int amount = kind.setting()
                .map(s -> jurisdictions.settingsFor(jurisdictionCode).number(s))
                .orElse(kind.defaultAmount());
        return open(caseId, kind, trigger, amount, jurisdictionCode);
    }

    @Override
    @Transactional
    public Deadline open(long caseId, DeadlineKind kind, LocalDate trigger, int amount, String jurisdictionCode) {
        // a deadline recomputed (e.g. a notice served again) replaces the running one of the same kind
        mapper.close(caseId, kind.name(), DeadlineStatus.CLOSED.name(), LegalTime.now());
        ComputedDue due = calculator.compute(trigger, amount, kind.unit(), jurisdictionCode);
        DeadlineRow row = new DeadlineRow();
        row.caseId = caseId;
        row.kind = kind.name();
        row.triggerDate = trigger;
        row.amount = amount;
        row.unit = kind.unit().name();
        row.dueDate = due.due();
        row.ruleText = due.rule();
        row.basis = kind.basis();
        row.statutory = kind.statutory();
        row.provisional = due.provisional();
        row.status = DeadlineStatus.OPEN.name();
        row.createdAt = LegalTime.now();
        jurisdictions.find(jurisdictionCode).ifPresent(j -> {
            row.countyCode = j.countyCode();
            row.townshipCode = switch (j.level()) {
                case COUNTY -> null;
                case VILLAGE -> j.parentCode();
                default -> j.code();
            };
        });
        mapper.insert(row);
        Deadline deadline = mapper.find(row.id);
        events.publishEvent(new DeadlineEvents.DeadlineOpened(deadline));
        return deadline;
    }

    @Override
    @Transactional
    public void close(long caseId, DeadlineKind kind, DeadlineStatus status) {
        if (mapper.close(caseId, kind.name(), status.name(), LegalTime.now()) > 0 && status == DeadlineStatus.EXPIRED) {
            events.publishEvent(new DeadlineEvents.DeadlineExpired(caseId, kind));
        }
    }

    @Override
    @Transactional
    public void closeAll(long caseId) {
        mapper.closeAll(caseId, LegalTime.now());
    }

    @Override
    public List<Deadline> forCase(long caseId) {
        return mapper.forCase(caseId);
    }

    @Override
    public Set<Long> overdueCaseIds(LocalDate today) {
        return new HashSet<>(mapper.overdueCaseIds(today));
    }

    @Override
    public Map<Long, LocalDate> nextDue(Collection<Long> caseIds) {
        if (caseIds.isEmpty()) {
            return Map.of();
        }
        return mapper.nextDue(caseIds).stream()
                .collect(Collectors.toMap(DeadlineMapper.CaseDue::caseId, DeadlineMapper.CaseDue::due));
    }
}
