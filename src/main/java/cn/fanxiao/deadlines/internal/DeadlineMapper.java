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
    List<BoardRow> openBetween(@Param("from") LocalDate from, @Param("to") LocalDate to);


    record CaseDue(Long caseId, LocalDate due) {
    }


    /** Open deadlines for the board; see {@link BoardQuery}. */
    List<BoardRow> board(BoardQuery query);

    long countBoard(BoardQuery query);

    /** Open deadlines of every jurisdiction due on or before {@code dueBy} (the reminder job's candidates). */
    List<BoardRow> openDueBy(@Param("dueBy") LocalDate dueBy);

    /**
     * @param townshipCode null for every township of the county
     * @param kind null for every kind
     * @param overdue null for both, else only overdue (due before today) or only not overdue
     * @param dueBy null, else only deadlines whose last day is on or before it
     */
    record BoardQuery(String countyCode, String townshipCode, String kind, Boolean overdue, LocalDate today,
                      LocalDate dueBy, int limit, long offset) {
    }

    /** A deadline with the jurisdiction it runs in. */
    record BoardRow(long id, long caseId, cn.fanxiao.deadlines.DeadlineKind kind, LocalDate triggerDate, int amount,
                    cn.fanxiao.deadlines.PeriodUnit unit, LocalDate dueDate, String rule, String basis,
                    boolean statutory, boolean provisional, cn.fanxiao.deadlines.DeadlineStatus status,
                    java.time.Instant createdAt, String countyCode, String townshipCode) {

        Deadline deadline() {
            return new Deadline(id, caseId, kind, triggerDate, amount, unit, dueDate, rule, basis, statutory,
                    provisional, status, createdAt);
        }

        String calendarCode() {
            return townshipCode != null ? townshipCode : countyCode;
        }
    }

    // ---- reminders ----

    int reminderExists(@Param("username") String username, @Param("deadlineId") long deadlineId,
                       @Param("remindOn") LocalDate remindOn);

    void insertReminder(ReminderRow row);

    List<ReminderRow> unreadReminders(@Param("username") String username, @Param("limit") int limit);

    long countUnread(@Param("username") String username);

    int markRead(@Param("id") long id, @Param("username") String username, @Param("at") java.time.Instant at);
}
