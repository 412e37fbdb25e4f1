package cn.fanxiao.cases;

import java.time.LocalDate;

import cn.fanxiao.shared.AuditableEvent;

/** What the cases module publishes. Listeners run in the publishing transaction. */
public final class CaseEvents {

    private CaseEvents() {
    }

    /** A new case was opened; enforcement starts its process. */
    public record CaseOpened(long caseId, String caseNumber, String countyCode, String townshipCode,
                             String schoolCode, Long previousCaseId, String actor) implements AuditableEvent {

        @Override
        public Long auditCaseId() {
            return caseId;
        }

        @Override
        public String auditType() {
            return "CASE_OPENED";
        }

        @Override
        public String auditSummary() {
            return "立案：" + caseNumber + (previousCaseId == null ? "" : "（辍学反复，关联前案）");
        }
    }

    public record VisitRecorded(long caseId, long visitId, String summary, String actor) implements AuditableEvent {

        @Override
        public Long auditCaseId() {
            return caseId;
        }

        @Override
        public String auditType() {
            return "VISIT_RECORDED";
        }

        @Override
        public String auditSummary() {
            return "登记劝返走访：" + summary;
        }
    }

    /** Staff reported the child back at school; enforcement decides what that ends. */
    public record ReturnReported(long caseId, LocalDate returnedOn, String schoolCode, String actor) implements AuditableEvent {

        @Override
        public Long auditCaseId() {
            return caseId;
        }

        @Override
        public String auditType() {
            return "RETURN_REPORTED";
        }

        @Override
        public String auditSummary() {
            return "报告复学：" + returnedOn;
        }
    }

    /** Staff asked to close the case with a reason. */
    public record ClosureRequested(long caseId, ClosureReason reason, String note, String actor) implements AuditableEvent {

        @Override
        public Long auditCaseId() {
            return caseId;
        }

        @Override
        public String auditType() {
            return "CLOSURE_REQUESTED";
        }

        @Override
        public String auditSummary() {
            return "申请结案：" + reason.label() + (note == null ? "" : "（" + note + "）");
        }
    }

    public record StageChanged(long caseId, Stage from, Stage to, String actor) implements AuditableEvent {

        @Override
        public Long auditCaseId() {
            return caseId;
        }

        @Override
        public String auditType() {
            return "STAGE_CHANGED";
        }

        @Override
        public String auditSummary() {
            return "阶段变更：" + from.label() + " → " + to.label();
        }
    }

    public record ReturnRecorded(long caseId, LocalDate returnedOn, String schoolCode, String actor) implements AuditableEvent {

        @Override
        public Long auditCaseId() {
            return caseId;
        }

        @Override
        public String auditType() {
            return "RETURN_RECORDED";
        }

        @Override
        public String auditSummary() {
            return "复学登记：" + returnedOn + " 复学，转入保学";
        }
    }

    public record RetentionListChanged(long caseId, RetentionList list, String actor) implements AuditableEvent {

        @Override
        public Long auditCaseId() {
            return caseId;
        }

        @Override
        public String auditType() {
            return "RETENTION_LIST_CHANGED";
        }

        @Override
        public String auditSummary() {
            return (list == RetentionList.RED ? "列入红名单" : "列入白名单");
        }
    }

    public record CaseClosed(long caseId, ClosureReason reason, String note, String actor) implements AuditableEvent {

        @Override
        public Long auditCaseId() {
            return caseId;
        }

        @Override
        public String auditType() {
            return "CASE_CLOSED";
        }

        @Override
        public String auditSummary() {
            return "结案：" + reason.label() + (note == null ? "" : "（" + note + "）");
        }
    }
}
