package cn.fanxiao.enforcement;

import java.time.LocalDate;

import cn.fanxiao.accounts.CurrentUser;
import cn.fanxiao.deadlines.DeadlineKind;
import cn.fanxiao.shared.AuditableEvent;

/** What the enforcement process publishes; the audit log records each in the publishing transaction. */
public final class EnforcementEvents {

    private EnforcementEvents() {
    }

    /** A deadline is near (or, for a court's time limit, has passed and needs a follow-up call). */
    public record DeadlineReminder(long caseId, DeadlineKind kind, LocalDate dueDate) implements AuditableEvent {

        @Override
        public Long auditCaseId() {
            return caseId;
        }

        @Override
        public String actor() {
            return CurrentUser.SYSTEM;
        }

        @Override
        public String auditType() {
            return "DEADLINE_REMINDER";
        }

        @Override
        public String auditSummary() {
            return "期限提醒：" + kind.label() + "，" + dueDate + "届满";
        }
    }

    /** The agency missed one of its own statutory time limits: an alarm, the case goes on. */
    public record DeadlineBreached(long caseId, DeadlineKind kind, LocalDate dueDate) implements AuditableEvent {

        @Override
        public Long auditCaseId() {
            return caseId;
        }

        @Override
        public String actor() {
            return CurrentUser.SYSTEM;
        }

        @Override
        public String auditType() {
            return "DEADLINE_BREACHED";
        }

        @Override
        public String auditSummary() {
            return "超期告警：" + kind.label() + "已于" + dueDate + "届满";
        }
    }

    /**
     * A user completed a task of the process.
     *
     * @param outcome the structured answers in Chinese (dates, choices, amounts), e.g. {@code 送达日期：2026-11-20};
     *                free text stays on the task in the engine's history, never in this one-line summary
     */
    public record TaskCompleted(long caseId, String taskKey, String taskName, String outcome, String actor)
            implements AuditableEvent {

        @Override
        public Long auditCaseId() {
            return caseId;
        }

        @Override
        public String auditType() {
            return "TASK_COMPLETED";
        }

        @Override
        public String auditSummary() {
            return "完成任务：" + taskName + (outcome.isEmpty() ? "" : "（" + outcome + "）");
        }
    }
}
