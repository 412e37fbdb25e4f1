package cn.fanxiao.deadlines;

import cn.fanxiao.shared.AuditableEvent;

/** What the deadlines module publishes (for the case timeline). */
public final class DeadlineEvents {

    private DeadlineEvents() {
    }

    public record DeadlineOpened(Deadline deadline) implements AuditableEvent {

        @Override
        public Long auditCaseId() {
            return deadline.caseId();
        }

        @Override
        public String actor() {
            return "system";
        }

        @Override
        public String auditType() {
            return "DEADLINE_OPENED";
        }

        @Override
        public String auditSummary() {
            return "期限起算：" + deadline.kind().label() + "，自" + deadline.triggerDate() + "起" + deadline.amount()
                    + deadline.unit().label() + "，至" + deadline.dueDate() + "届满" + (deadline.provisional() ? "（暂定）" : "")
                    + "；依据：" + deadline.basis();
        }
    }

    public record DeadlineExpired(long caseId, DeadlineKind kind) implements AuditableEvent {

        @Override
        public Long auditCaseId() {
            return caseId;
        }

        @Override
        public String actor() {
            return "system";
        }

        @Override
        public String auditType() {
            return "DEADLINE_EXPIRED";
        }

        @Override
        public String auditSummary() {
            return "期限届满：" + kind.label();
        }
    }

    /** A recomputation (a calendar loaded) moved a running deadline. */
    public record DeadlineMoved(Deadline before, Deadline after, String reason, String actor) implements AuditableEvent {

        @Override
        public Long auditCaseId() {
            return after.caseId();
        }

        @Override
        public String auditType() {
            return "DEADLINE_MOVED";
        }

        @Override
        public String auditSummary() {
            long days = java.time.temporal.ChronoUnit.DAYS.between(before.dueDate(), after.dueDate());
            return "期限调整：" + after.kind().label() + "届满日由" + before.dueDate() + "调整为" + after.dueDate()
                    + "（" + (days > 0 ? "推后" : "提前") + Math.abs(days) + "日" + (after.provisional() ? "，仍为暂定" : "")
                    + "）；原因：" + reason;
        }
    }

    /** A holiday calendar was loaded. */
    public record CalendarLoaded(int year, String jurisdiction, String sourceNotice, int recomputed, int moved,
                                 String actor) implements AuditableEvent {

        @Override
        public Long auditCaseId() {
            return null;
        }

        @Override
        public String auditType() {
            return "CALENDAR_LOADED";
        }

        @Override
        public String auditSummary() {
            return "载入" + year + "年节假日安排（" + ("*".equals(jurisdiction) ? "全国" : jurisdiction) + "，" + sourceNotice
                    + "）：重算期限" + recomputed + "个，调整" + moved + "个";
        }
    }
}
