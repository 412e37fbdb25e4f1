package cn.fanxiao.enforcement;

import cn.fanxiao.accounts.CurrentUser;

/**
 * Signs in one action all the notices due at a step in a township (the cases waiting at its 审核并签发 task), as a
 * background job whose progress can be followed. Only the notices that the case file fills completely can be signed
 * in bulk (入学（复学）通知书, 限期复学通知书): a penalty's facts and evidence must be found case by case.
 */
public interface BulkIssuances {

    /**
     * @param taskKey {@code signReturnNotice} or {@code signOrderToReturn}
     * @throws cn.fanxiao.shared.InvalidInputException the task cannot be signed in bulk
     * @throws cn.fanxiao.shared.NotFoundException the township is outside the user's jurisdiction
     * @throws cn.fanxiao.shared.ForbiddenException the user may not sign (auditors, school staff)
     */
    BulkIssuance start(String townshipCode, String taskKey, CurrentUser user);

    /** The job's progress, scoped like its township. */
    BulkIssuance get(long id, CurrentUser user);
}
