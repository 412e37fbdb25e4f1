package cn.fanxiao.deadlines.internal;

import java.time.LocalDate;
import java.util.List;

import org.apache.ibatis.annotations.Mapper;

@Mapper
interface CalendarMapper {

    /** Every day of every active calendar (national '*' and local ones). */
    List<DayRow> activeDays();

    /** Years whose national calendar is loaded. */
    List<Integer> publishedYears();

    record DayRow(String jurisdictionCode, LocalDate day, String kind) {
    }
}
