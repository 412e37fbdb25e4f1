package cn.fanxiao.shared;

/**
 * An event that belongs in the audit log. The audit module records every published event of this type in the
 * publishing transaction, so a change and its audit record commit or roll back together.
 */
public interface AuditableEvent {

    /** the case the event belongs to, or null for events outside any case */
    Long auditCaseId();

    String actor();

    /** a stable machine-readable type, e.g. {@code CASE_OPENED} */
    String auditType();

    /** one line in Chinese for the timeline; no ID numbers or phone numbers */
    String auditSummary();
}
