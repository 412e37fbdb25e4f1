package cn.fanxiao.deadlines;

import cn.fanxiao.shared.AuditableEvent;

/** What the service records publish, for the case timeline. Summaries carry no ID or phone numbers. */
public final class ServiceEvents {

    private ServiceEvents() {
    }

    public record ServiceOpened(ServiceRecord record, String actor) implements AuditableEvent {

        @Override
        public Long auditCaseId() {
            return record.caseId();
        }

        @Override
        public String auditType() {
            return "SERVICE_OPENED";
        }

        @Override
        public String auditSummary() {
            return "登记待送达文书：《" + record.document().title() + "》"
                    + (record.documentNumber() == null ? "" : record.documentNumber())
                    + "，" + record.issuedOn() + "签发，受送达人" + record.recipient();
        }
    }

    public record ServiceAttempted(ServiceRecord record, ServiceAttempt attempt, String actor) implements AuditableEvent {

        @Override
        public Long auditCaseId() {
            return record.caseId();
        }

        @Override
        public String auditType() {
            return attempt.served() ? "DOCUMENT_SERVED" : "SERVICE_FAILED";
        }

        @Override
        public String auditSummary() {
            String head = "《" + record.document().title() + "》第" + attempt.seq() + "次送达（" + attempt.method().label()
                    + "，" + attempt.attemptedAt().toLocalDate() + "）：";
            if (!attempt.served()) {
                return head + "未能送达，原因：" + attempt.failureReason() + "；证据" + attempt.evidenceRefs().size() + "项";
            }
            return head + (record.deemed() ? "公告于" + attempt.publishedOn() + "发布，视为于" + attempt.servedOn() + "送达"
                    : "于" + attempt.servedOn() + "送达") + "；送达人" + String.join("、", attempt.servers())
                    + "；证据" + attempt.evidenceRefs().size() + "项；依据：" + attempt.method().basis();
        }
    }
}
