package cn.fanxiao.deadlines.internal;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;

import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

import cn.fanxiao.deadlines.Deadline;

@Mapper
interface DeadlineMapper {

    void insert(DeadlineRow row);

    Deadline find(@Param("id") long id);

    List<Deadline> forCase(@Param("caseId") long caseId);

    int close(@Param("caseId") long caseId, @Param("kind") String kind, @Param("status") String status,
              @Param("closedAt") java.time.Instant closedAt);

    int closeAll(@Param("caseId") long caseId, @Param("closedAt") java.time.Instant closedAt);

    List<Long> overdueCaseIds(@Param("today") LocalDate today);

    List<CaseDue> nextDue(@Param("caseIds") Collection<Long> caseIds);

    /** Running deadlines whose period may reach into {@code from … to}, with the township they run in. */
    List<Recompute> openBetween(@Param("from") LocalDate from, @Param("to") LocalDate to);

    int updateDue(@Param("id") long id, @Param("due") LocalDate due, @Param("provisional") boolean provisional,
                  @Param("rule") String rule);

    record CaseDue(Long caseId, LocalDate due) {
    }

    record Recompute(Deadline deadline, String townshipCode) {
    }
}
