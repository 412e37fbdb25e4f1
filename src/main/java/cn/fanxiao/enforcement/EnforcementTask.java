package cn.fanxiao.enforcement;

import java.time.Instant;
import java.util.List;

/**
 * One open user task of the process, with the fields its form takes.
 *
 * @param key the BPMN task id, e.g. {@code serveOrderToReturn}
 * @param name the Chinese name users read
 */
public record EnforcementTask(String id, String key, String name, Long caseId, String caseNumber,
                              Instant createdAt, Instant due, Instant followUp, String assignee,
                              List<FormField> fields) {
}
