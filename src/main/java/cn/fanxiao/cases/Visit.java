package cn.fanxiao.cases;

import java.time.Instant;
import java.time.LocalDate;

public record Visit(long id, long caseId, Instant visitedAt, String place, VisitMethod method, String participants,
                    String personsMet, String reasonAnalysis, VisitOutcome outcome, LocalDate agreedReturnDate,
                    String nextStep, String recordedBy, Instant recordedAt) {
}
