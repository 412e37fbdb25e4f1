package cn.fanxiao.deadlines.internal;

import java.time.LocalDate;
import java.util.List;

import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

@Mapper
interface CalendarMapper {

    /** Every day of every active calendar (national '*' and local ones). */
    List<DayRow> activeDays();

    /** Years whose national calendar is loaded. */
    List<Integer> publishedYears();

    List<DayRow> days(@Param("year") int year, @Param("jurisdiction") String jurisdiction);

    int deactivate(@Param("year") int year, @Param("jurisdiction") String jurisdiction);

    void insertCalendar(CalendarRow row);

    void insertDays(@Param("calendarId") long calendarId, @Param("days") List<DayRow> days);

    record DayRow(String jurisdictionCode, LocalDate day, String kind, String name) {
    }

    class CalendarRow {
        Long id;
        int calendarYear;
        String jurisdictionCode;
        String sourceNotice;
        String loadedBy;
        java.time.Instant loadedAt;
    }
}
