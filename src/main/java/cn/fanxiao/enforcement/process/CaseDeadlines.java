package cn.fanxiao.enforcement.process;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.Optional;

import org.camunda.bpm.engine.delegate.VariableScope;
import org.springframework.stereotype.Component;

import cn.fanxiao.accounts.Jurisdictions;
import cn.fanxiao.accounts.Setting;
import cn.fanxiao.deadlines.Deadline;
import cn.fanxiao.deadlines.DeadlineKind;
import cn.fanxiao.deadlines.DeadlineStatus;
import cn.fanxiao.deadlines.Deadlines;

/**
 * Opens a case's deadline through {@link Deadlines} and hands its dates to the process as the variables the
 * model's timers read ({@link ProcessVariables#expiresAt}, {@link ProcessVariables#reminderAt}). This is the only
 * place timer dates come from: the model holds no durations.
 */
@Component
public class CaseDeadlines {

    private final Deadlines deadlines;
    private final Jurisdictions jurisdictions;

    public CaseDeadlines(Deadlines deadlines, Jurisdictions jurisdictions) {
        this.deadlines = deadlines;
        this.jurisdictions = jurisdictions;
    }

    /** Opens with the kind's own length and the township's reminder lead. */
    public Deadline open(VariableScope scope, DeadlineKind kind, LocalDate trigger) {
        return open(scope, kind, trigger, null, reminderLeadDays(scope));
    }

    /**
     * @param amount a length the issuing officer set, or null for the kind's (per-jurisdiction) length
     * @param leadDays how many days before the last day the reminder timer fires
     */
    public Deadline open(VariableScope scope, DeadlineKind kind, LocalDate trigger, Integer amount, int leadDays) {
        long caseId = ProcessVariables.caseId(scope);
        String township = ProcessVariables.townshipCode(scope);
        Deadline deadline = amount == null
                ? deadlines.open(caseId, kind, trigger, township)
                : deadlines.open(caseId, kind, trigger, amount, township);
        scope.setVariable(ProcessVariables.expiresAt(kind), deadline.expiresAt());
        scope.setVariable(ProcessVariables.reminderAt(kind), deadline.remindAt(leadDays));
        return deadline;
    }

    /** Met in time, or no longer relevant. Does nothing if the deadline already expired or was closed. */
    public void met(VariableScope scope, DeadlineKind kind) {
        deadlines.close(ProcessVariables.caseId(scope), kind, DeadlineStatus.CLOSED);
    }

    /** The period ran out. Does nothing if it was already closed. */
    public void expired(VariableScope scope, DeadlineKind kind) {
        deadlines.close(ProcessVariables.caseId(scope), kind, DeadlineStatus.EXPIRED);
    }

    /** The newest deadline of this kind on the case, whatever its status. */
    public Optional<Deadline> latest(VariableScope scope, DeadlineKind kind) {
        return deadlines.forCase(ProcessVariables.caseId(scope)).stream()
                .filter(d -> d.kind() == kind)
                .max(Comparator.comparingLong(Deadline::id));
    }

    /** The deadline of this kind if it is still running. */
    public Optional<Deadline> running(VariableScope scope, DeadlineKind kind) {
        return latest(scope, kind).filter(d -> d.status() == DeadlineStatus.OPEN);
    }

    public int reminderLeadDays(VariableScope scope) {
        return jurisdictions.settingsFor(ProcessVariables.townshipCode(scope)).number(Setting.REMINDER_LEAD_DAYS);
    }

    public int setting(VariableScope scope, Setting setting) {
        return jurisdictions.settingsFor(ProcessVariables.townshipCode(scope)).number(setting);
    }
}
