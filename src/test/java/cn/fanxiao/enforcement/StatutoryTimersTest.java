package cn.fanxiao.enforcement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import cn.fanxiao.accounts.CurrentUser;
import cn.fanxiao.accounts.Role;
import cn.fanxiao.cases.CaseView;
import cn.fanxiao.deadlines.DayKind;
import cn.fanxiao.deadlines.Deadline;
import cn.fanxiao.enforcement.process.SignDocument;
import cn.fanxiao.deadlines.DeadlineKind;
import cn.fanxiao.deadlines.HolidayCalendars;
import cn.fanxiao.demo.DemoCounty;

/** The process's timers run on the statutory calendar, and follow it when a new year's calendar is loaded. */
class StatutoryTimersTest extends EnforcementTestSupport {

    private static final CurrentUser ADMIN = new CurrentUser("admin", "管理员", Role.ADMIN, DemoCounty.COUNTY, null, null);

    @Autowired
    HolidayCalendars calendars;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void anOrderEndingInTheNationalDayHolidayFiresOnTheFirstWorkingDayAfterIt() {
        CaseView c = openQingshiCase();
        confirm(c.id());
        moveToDay(LocalDate.of(2026, 9, 10));
        persuasionFails(c.id(), QINGSHI_OFFICER);

        // served Fri 2026-09-18 + 15 days = Sat 10-03, inside 10-01…10-07: the period ends Thu 10-08
        serve(c.id(), "serveOrderToReturn", QINGSHI_OFFICER, "2026-09-18");
        Deadline order = deadline(c.id(), DeadlineKind.ORDER_TO_RETURN);
        assertThat(order.dueDate()).isEqualTo("2026-10-08");
        assertThat(order.provisional()).isFalse();

        moveToDay(LocalDate.of(2026, 10, 8));
        assertThat(process(c.id())).isWaitingAt("awaitOrderToReturnDeadline");

        moveTo(order.expiresAt());
        assertThat(process(c.id())).isWaitingAt("openPenaltyCase");
    }

    @Test
    void loadingANewYearsCalendarMovesAWaitingTimerAndSaysSoOnTheTimeline() {
        CaseView c = openQingshiCase();
        confirm(c.id());
        moveToDay(LocalDate.of(2027, 12, 13));
        persuasionFails(c.id(), QINGSHI_OFFICER);

        // served Tue 2027-12-21 + 14 days = Tue 2028-01-04: 2028 has no published calendar yet
        complete(c.id(), "signOrderToReturn", QINGSHI_OFFICER, SignDocument.DETAILS, Map.of("returnBy", "2028-01-04"));
        serve(c.id(), "serveOrderToReturn", QINGSHI_OFFICER, "2027-12-21", "periodDays", 14);
        Deadline before = deadline(c.id(), DeadlineKind.ORDER_TO_RETURN);
        assertThat(before.dueDate()).isEqualTo("2028-01-04");
        assertThat(before.provisional()).isTrue();

        // a test calendar for 2028 (not the real notice) makes 01-01 … 01-04 days off
        HolidayCalendars.Loaded loaded = calendars.load(new HolidayCalendars.Upload(2028, "*", "测试用2028年节假日安排",
                List.of(day("2028-01-01"), day("2028-01-02"), day("2028-01-03"), day("2028-01-04"))), ADMIN);

        Deadline after = deadline(c.id(), DeadlineKind.ORDER_TO_RETURN);
        assertThat(after.dueDate()).isEqualTo("2028-01-05");
        assertThat(loaded.moved()).anySatisfy(m -> {
            assertThat(m.caseId()).isEqualTo(c.id());
            assertThat(m.from()).isEqualTo("2028-01-04");
            assertThat(m.to()).isEqualTo("2028-01-05");
        });
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM fx_audit_event WHERE case_id = ? AND event_type = 'DEADLINE_MOVED'",
                Integer.class, c.id())).isEqualTo(1);

        moveToDay(LocalDate.of(2028, 1, 5));
        assertThat(process(c.id())).isWaitingAt("awaitOrderToReturnDeadline");
        moveTo(after.expiresAt());
        assertThat(process(c.id())).isWaitingAt("openPenaltyCase");
    }

    private static HolidayCalendars.Day day(String date) {
        return new HolidayCalendars.Day(LocalDate.parse(date), DayKind.HOLIDAY, "元旦（测试）");
    }
}
