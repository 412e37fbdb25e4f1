package cn.fanxiao.audit.internal;

import java.util.List;

import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

@Mapper
interface AuditMapper {

    /** Locks the chain head of one case (row lock held to commit). */
    String lockHead(@Param("chainKey") long chainKey);

    void insertHead(@Param("chainKey") long chainKey, @Param("hash") String hash);

    void updateHead(@Param("chainKey") long chainKey, @Param("hash") String hash);

    void insert(AuditRow row);

    List<AuditRow> forCase(@Param("caseId") long caseId);
}
