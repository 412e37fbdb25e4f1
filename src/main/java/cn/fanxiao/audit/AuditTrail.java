package cn.fanxiao.audit;

import java.util.List;

import cn.fanxiao.accounts.CurrentUser;

public interface AuditTrail {

    /** Our events and the engine's history of a case, merged, oldest first. */
    List<TimelineEntry> timeline(long caseId, CurrentUser user);

    /** Whether the case's hash chain is intact. */
    ChainCheck verify(long caseId, CurrentUser user);

    record ChainCheck(long caseId, int entries, boolean intact, Long firstBrokenEntryId) {
    }
}
