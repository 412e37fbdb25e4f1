package cn.fanxiao.enforcement.process;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

import cn.fanxiao.deadlines.DeadlineKind;
import cn.fanxiao.enforcement.EnforcementEvents;

/**
 * What the model's deadline timers do, called as {@code ${deadlineAlarms.remind(execution, 'RETURN_NOTICE')}}.
 * Each checks the deadline is still running: a timer may outlive the act that met its deadline.
 */
@Component
public class DeadlineAlarms {

    private final CaseDeadlines deadlines;
    private final ApplicationEventPublisher events;

    public DeadlineAlarms(CaseDeadlines deadlines, ApplicationEventPublisher events) {
        this.deadlines = deadlines;
        this.events = events;
    }

    /** A reminder before the last day (or a follow-up once a court's time limit has passed). */
    public void remind(DelegateExecution execution, String kind) {
        DeadlineKind k = DeadlineKind.valueOf(kind);
        deadlines.running(execution, k).ifPresent(d -> events.publishEvent(
                new EnforcementEvents.DeadlineReminder(d.caseId(), k, d.dueDate())));
    }

    /** The period ran out: the process escalates or passes a milestone. */
    public void expire(DelegateExecution execution, String kind) {
        deadlines.expired(execution, DeadlineKind.valueOf(kind));
    }

    /** The agency missed its own time limit: mark it expired and raise an alarm; the case goes on. */
    public void breach(DelegateExecution execution, String kind) {
        DeadlineKind k = DeadlineKind.valueOf(kind);
        deadlines.running(execution, k).ifPresent(d -> {
            deadlines.expired(execution, k);
            events.publishEvent(new EnforcementEvents.DeadlineBreached(d.caseId(), k, d.dueDate()));
        });
    }
}
