package cn.fanxiao.enforcement;

import java.time.Instant;
import java.util.List;

import cn.fanxiao.documents.DocumentType;

/**
 * One bulk issuance (批量签发): every notice due at one step in one township, signed in the background.
 *
 * @param status  RUNNING until every case has been tried, then DONE; INTERRUPTED if the application stopped first
 *                (the cases not yet tried keep their open tasks and PENDING items)
 * @param items   one per case: the number issued, or why the notice could not be (the case's task stays open)
 */
public record BulkIssuance(long id, String townshipCode, String taskKey, DocumentType type, String title,
                           String requestedBy, Instant requestedAt, String status, int total, int issued, int failed,
                           Instant finishedAt, List<Item> items) {

    public BulkIssuance {
        items = items == null ? List.of() : List.copyOf(items);
    }

    /** @param outcome ISSUED, FAILED or PENDING */
    public record Item(long caseId, String outcome, String documentNumber, String message) {
    }
}
