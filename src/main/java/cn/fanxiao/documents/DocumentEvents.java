package cn.fanxiao.documents;

import cn.fanxiao.shared.AuditableEvent;

/** What the documents module publishes, for the case timeline and the audit log. */
public final class DocumentEvents {

    private DocumentEvents() {
    }

    public record DocumentIssued(IssuedDocument document, String actor) implements AuditableEvent {

        @Override
        public Long auditCaseId() {
            return document.caseId();
        }

        @Override
        public String auditType() {
            return "DOCUMENT_ISSUED";
        }

        @Override
        public String auditSummary() {
            return "签发《" + document.title() + "》" + document.number() + "（" + document.issuerName() + "，"
                    + document.issuedOn() + "）" + (document.supersedesId() == null ? "" : "，更正并取代原文书#" + document.supersedesId())
                    + "；验证码" + document.verificationCode() + "；SHA-256 " + document.sha256();
        }
    }

    public record DocumentVoided(IssuedDocument document, String actor) implements AuditableEvent {

        @Override
        public Long auditCaseId() {
            return document.caseId();
        }

        @Override
        public String auditType() {
            return "DOCUMENT_VOIDED";
        }

        @Override
        public String auditSummary() {
            return "作废《" + document.title() + "》" + document.number() + "，文号不再使用；原因：" + document.voidReason();
        }
    }

    public record DocumentDownloaded(IssuedDocument document, String actor) implements AuditableEvent {

        @Override
        public Long auditCaseId() {
            return document.caseId();
        }

        @Override
        public String auditType() {
            return "DOCUMENT_DOWNLOADED";
        }

        @Override
        public String auditSummary() {
            return "下载《" + document.title() + "》" + document.number();
        }
    }

    /** A number allocated for an issuance that failed: logged so the sequence has no unexplained gap (§4.2). */
    public record NumberVoided(Long caseId, String title, String number, String reason, String actor)
            implements AuditableEvent {

        @Override
        public Long auditCaseId() {
            return caseId;
        }

        @Override
        public String auditType() {
            return "DOCUMENT_NUMBER_VOIDED";
        }

        @Override
        public String auditSummary() {
            return "《" + title + "》文号" + number + "已分配但签发未完成，作废不再使用；原因：" + reason;
        }
    }
}
