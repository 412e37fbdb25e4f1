package cn.fanxiao.audit.internal;

import java.time.Instant;

class AuditRow {
    Long id;
    Long caseId;
    Instant occurredAt;
    String actor;
    String eventType;
    String summary;
    String detail;
    String prevHash;
    String hash;
}
