package cn.fanxiao.audit.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.context.event.EventListener;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import cn.fanxiao.deadlines.LegalTime;
import cn.fanxiao.shared.AuditableEvent;

/**
 * The append-only audit log. Each case has its own hash chain: an entry's hash covers its content and the
 * previous entry's hash, so an edited or deleted row breaks every later hash of that case.
 */
@Service
class AuditLog {

    static final String GENESIS = "0".repeat(64);

    private final AuditMapper mapper;

    AuditLog(AuditMapper mapper) {
        this.mapper = mapper;
    }

    /** Runs in the publisher's transaction: no change commits without its audit entry. */
    @EventListener
    @Transactional(propagation = Propagation.MANDATORY)
    public void on(AuditableEvent event) {
        append(event.auditCaseId(), event.actor(), event.auditType(), event.auditSummary(), null);
    }

    void append(Long caseId, String actor, String type, String summary, String detail) {
        long chain = caseId == null ? 0L : caseId;
        Map<Long, String> heads = headsOfThisTransaction();
        String prev = heads.get(chain);
        if (prev == null) {
            prev = lockHead(chain);
        }
        AuditRow row = new AuditRow();
        row.caseId = caseId;
        // millisecond precision: what DATETIME(3) keeps, so the hash recomputes from the stored row
        row.occurredAt = LegalTime.now().truncatedTo(ChronoUnit.MILLIS);
        row.actor = actor == null ? "system" : actor;
        row.eventType = type;
        row.summary = summary.length() > 500 ? summary.substring(0, 500) : summary;
        row.detail = detail;
        row.prevHash = prev;
        row.hash = hash(row);
        mapper.insert(row);
        heads.put(chain, row.hash);
    }

    /** Takes the row lock on a chain's head (held to commit: no one else appends to this case meanwhile). */
    private String lockHead(long chain) {
        String prev = mapper.lockHead(chain);
        if (prev == null) {
            try {
                mapper.insertHead(chain, GENESIS);
                prev = GENESIS;
            } catch (DuplicateKeyException concurrentFirstEntry) {
                prev = mapper.lockHead(chain);
            }
        }
        return prev;
    }

    /**
     * The heads this transaction has locked and moved, written back once just before commit: a transaction that
     * audits many events of one case (a calendar load moving its deadlines) locks and updates the head once.
     */
    @SuppressWarnings("unchecked")
    private Map<Long, String> headsOfThisTransaction() {
        Map<Long, String> heads = (Map<Long, String>) TransactionSynchronizationManager.getResource(this);
        if (heads == null) {
            Map<Long, String> fresh = new LinkedHashMap<>();
            TransactionSynchronizationManager.bindResource(this, fresh);
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void beforeCommit(boolean readOnly) {
                    fresh.forEach(mapper::updateHead);
                }

                @Override
                public void afterCompletion(int status) {
                    TransactionSynchronizationManager.unbindResourceIfPossible(AuditLog.this);
                }
            });
            heads = fresh;
        }
        return heads;
    }

    List<AuditRow> forCase(long caseId) {
        return mapper.forCase(caseId);
    }

    /** Recomputes the chain of one case; the id of the first broken entry, or null when intact. */
    Long firstBroken(long caseId) {
        String prev = GENESIS;
        for (AuditRow row : mapper.forCase(caseId)) {
            if (!row.prevHash.equals(prev) || !row.hash.equals(hash(row))) {
                return row.id;
            }
            prev = row.hash;
        }
        return null;
    }

    static String hash(AuditRow row) {
        String content = String.join("\u001f", row.prevHash, String.valueOf(row.caseId),
                Long.toString(row.occurredAt.toEpochMilli()), row.actor, row.eventType, row.summary,
                row.detail == null ? "" : row.detail);
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(sha.digest(content.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

}
