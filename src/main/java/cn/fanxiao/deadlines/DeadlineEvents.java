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
}
