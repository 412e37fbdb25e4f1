package cn.fanxiao.cases;

import java.time.LocalDate;
import java.util.List;

import cn.fanxiao.accounts.CurrentUser;

/**
 * The case file. Staff-facing commands take the acting user (for scope and audit); the {@code *ByProcess} methods
 * are called by the enforcement process, which has already been authorised by the task it runs in.
 */
public interface CaseService {

    CaseView open(NewCase command, CurrentUser user);

    CaseView get(long caseId, CurrentUser user);

    List<CaseSummary> search(CaseSearch search, CurrentUser user);

    Visit recordVisit(long caseId, VisitData visit, CurrentUser user);

    List<Visit> visits(long caseId, CurrentUser user);

    /** Validates and announces a return; enforcement ends the steps and records it. */
    void reportReturn(long caseId, ReturnReport report, CurrentUser user);

    /** Validates and announces a closure request; enforcement ends the process and closes. */
    void requestClosure(long caseId, ClosureRequest request, CurrentUser user);

    // ---- called from the process ----

    /** The case number (the process instance's business key), without scope check; cheap. */
    String caseNumber(long caseId);

    /** The case as the process sees it (no scope check, full ID numbers for documents). */
    CaseView getForProcess(long caseId);

    void moveToStage(long caseId, Stage stage, String actor);

    void recordReturnByProcess(long caseId, LocalDate returnedOn, String schoolCode, String actor);

    void setRetentionList(long caseId, RetentionList list, String actor);

    void closeByProcess(long caseId, ClosureReason reason, String note, String actor);

    /** A relapse during retention monitoring: closes this case and opens a new one linked to it. */
    CaseView openRelapse(long caseId, LocalDate dropoutDate, String actor);
}
