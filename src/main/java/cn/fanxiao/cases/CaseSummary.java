package cn.fanxiao.cases;

import java.time.LocalDate;

/** One row of a case list. */
public record CaseSummary(long id, String caseNumber, CaseStatus status, Stage stage, String stageLabel,
                          String childName, String townshipCode, String schoolCode, LocalDate dropoutDate,
                          LocalDate nextDue, boolean overdue) {
}
