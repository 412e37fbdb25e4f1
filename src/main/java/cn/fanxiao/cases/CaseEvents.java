package cn.fanxiao.cases;

import java.time.LocalDate;

/** What the cases module publishes. Listeners run in the publishing transaction. */
public final class CaseEvents {

    private CaseEvents() {
    }

    /** A new case was opened; enforcement starts its process. */
    public record CaseOpened(long caseId, String caseNumber, String countyCode, String townshipCode,
                             String schoolCode, Long previousCaseId, String actor) {
    }

    public record VisitRecorded(long caseId, long visitId, String summary, String actor) {
    }

    /** Staff reported the child back at school; enforcement decides what that ends. */
    public record ReturnReported(long caseId, LocalDate returnedOn, String schoolCode, String actor) {
    }

    /** Staff asked to close the case with a reason. */
    public record ClosureRequested(long caseId, ClosureReason reason, String note, String actor) {
    }

    public record StageChanged(long caseId, Stage from, Stage to, String actor) {
    }

    public record ReturnRecorded(long caseId, LocalDate returnedOn, String schoolCode, String actor) {
    }

    public record RetentionListChanged(long caseId, RetentionList list, String actor) {
    }

    public record CaseClosed(long caseId, ClosureReason reason, String note, String actor) {
    }
}
