package cn.fanxiao.enforcement;

import java.time.LocalDate;
import java.util.Map;

import cn.fanxiao.deadlines.DeadlineKind;

/** What the enforcement process publishes, for the audit trail and notifications. */
public final class EnforcementEvents {

    private EnforcementEvents() {
    }

    /** A deadline is near (or, for a court's time limit, has passed and needs a follow-up call). */
    public record DeadlineReminder(long caseId, DeadlineKind kind, LocalDate dueDate) {

        public String actor() {
            return "system";
        }

        public String summary() {
            return "期限提醒：" + kind.label() + "，" + dueDate + "届满";
        }
    }

    /** The agency missed one of its own statutory time limits (an alarm: the case goes on). */
    public record DeadlineBreached(long caseId, DeadlineKind kind, LocalDate dueDate) {

        public String actor() {
            return "system";
        }

        public String summary() {
            return "超期告警：" + kind.label() + "已于" + dueDate + "届满";
        }
    }

    /**
     * A user completed a task of the process. {@code form} holds the values as entered (dates as yyyy-MM-dd);
     * it never carries ID or phone numbers because no task form asks for them.
     */
    public record TaskCompleted(long caseId, String taskKey, String taskName, Map<String, String> form,
                                String actor) {

        public String summary() {
            return "完成任务：" + taskName;
        }
    }
}
