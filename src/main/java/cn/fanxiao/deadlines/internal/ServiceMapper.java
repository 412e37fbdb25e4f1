package cn.fanxiao.deadlines.internal;

import java.util.Collection;
import java.util.List;

import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

@Mapper
interface ServiceMapper {

    void insert(ServiceRow row);

    void insertAttempt(AttemptRow row);

    /** Locks the record so that two officers recording at once cannot both serve it. */
    ServiceRow lock(@Param("caseId") long caseId, @Param("id") long id);

    ServiceRow find(@Param("caseId") long caseId, @Param("id") long id);

    List<ServiceRow> forCase(@Param("caseId") long caseId);

    List<AttemptRow> attemptsOf(@Param("serviceIds") Collection<Long> serviceIds);

    int markServed(@Param("id") long id, @Param("method") String method, @Param("servedOn") java.time.LocalDate servedOn);
}
