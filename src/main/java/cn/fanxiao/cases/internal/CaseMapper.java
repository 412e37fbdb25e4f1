package cn.fanxiao.cases.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

@Mapper
interface CaseMapper {

    // ---- numbering ----
    int bumpSerial(@Param("countyCode") String countyCode, @Param("year") int year);

    void startSerial(@Param("countyCode") String countyCode, @Param("year") int year);

    int currentSerial(@Param("countyCode") String countyCode, @Param("year") int year);

    // ---- child ----
    Rows.ChildRow childByIdNumber(@Param("id") String residentIdNumber);

    Rows.ChildRow childByRegistryNumber(@Param("number") String studentRegistryNumber);

    Rows.ChildRow child(@Param("id") long id);

    void insertChild(Rows.ChildRow child);

    void updateChild(Rows.ChildRow child);

    // ---- case ----
    void insertCase(Rows.CaseRow row);

    Rows.CaseRow find(@Param("id") long id);

    Rows.CaseRow openCaseOfChild(@Param("childId") long childId);

    Rows.CaseRow latestCaseOfChild(@Param("childId") long childId);

    List<Rows.CaseRow> search(Rows.SearchRow search);

    int updateStage(@Param("id") long id, @Param("stage") String stage, @Param("at") Instant at);

    int recordReturn(@Param("id") long id, @Param("returnedOn") LocalDate returnedOn,
                     @Param("schoolCode") String schoolCode, @Param("at") Instant at);

    int setRetentionList(@Param("id") long id, @Param("list") String list, @Param("at") Instant at);

    int close(@Param("id") long id, @Param("reason") String reason, @Param("note") String note,
              @Param("closedOn") LocalDate closedOn, @Param("at") Instant at);

    // ---- guardians, responsible persons, visits ----
    void insertGuardians(@Param("rows") List<Rows.GuardianRow> rows);

    List<Rows.GuardianRow> guardians(@Param("caseId") long caseId);

    void insertResponsiblePersons(@Param("rows") List<Rows.ResponsibleRow> rows);

    List<Rows.ResponsibleRow> responsiblePersons(@Param("caseId") long caseId);

    /** Responsible persons of many cases at once (deadline board, reminders). */
    List<Rows.ResponsibleRow> responsiblePersonsOf(@Param("caseIds") java.util.Collection<Long> caseIds);

    /** Id, number, stage and child name of many cases at once. */
    List<Rows.CaseRow> subjects(@Param("caseIds") java.util.Collection<Long> caseIds);

    void insertVisit(Rows.VisitRow row);

    List<Rows.VisitRow> visits(@Param("caseId") long caseId);
}
