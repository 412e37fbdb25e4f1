package cn.fanxiao.deadlines.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.jdbc.core.JdbcTemplate;

import cn.fanxiao.accounts.CurrentUser;
import cn.fanxiao.accounts.Role;
import cn.fanxiao.cases.CaseService;
import cn.fanxiao.deadlines.DayKind;
import cn.fanxiao.deadlines.HolidayCalendars;
import cn.fanxiao.demo.DemoChildren;
import cn.fanxiao.demo.DemoCounty;
import cn.fanxiao.demo.DemoUsers;
import cn.fanxiao.shared.ForbiddenException;
import cn.fanxiao.shared.InvalidInputException;
import cn.fanxiao.testsupport.H2IntegrationTest;

@H2IntegrationTest
@AutoConfigureMockMvc
class CalendarLoaderH2Test {

    private static final CurrentUser ADMIN = new CurrentUser("admin", "管理员", Role.ADMIN, DemoCounty.COUNTY, null, null);

    @Autowired
    HolidayCalendars calendars;
    @Autowired
    CaseService cases;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    DemoCounty county;

    @BeforeEach
    void demoCounty() {
        county.install();
    }

    @Test
    void everyRunningDeadlineOfTheYearIsRecomputedNotJustOnePerTownship() {
        long caseId = cases.open(DemoChildren.newCase(DemoCounty.QINGSHI, 60_000, LocalDate.now().minusDays(9)),
                DemoUsers.QINGSHI).id();
        // three periods of 7 days served 2029-01-02, 03 and 04: due Tue 01-09, Wed 01-10, Thu 01-11
        for (int i = 0; i < 3; i++) {
            LocalDate served = LocalDate.of(2029, 1, 2 + i);
            jdbc.update("INSERT INTO fx_deadline (case_id, kind, trigger_date, amount, unit, due_date, rule_text, basis,"
                    + " statutory, provisional, status, created_at, county_code, township_code)"
                    + " VALUES (?, 'RETURN_NOTICE', ?, 7, 'CALENDAR_DAYS', ?, '基线', '测试', FALSE, TRUE, 'OPEN', ?, ?, ?)",
                    caseId, Date.valueOf(served), Date.valueOf(served.plusDays(7)), Timestamp.from(Instant.now()),
                    DemoCounty.COUNTY, DemoCounty.QINGSHI);
        }

        HolidayCalendars.Loaded loaded = calendars.load(new HolidayCalendars.Upload(2029, "*", "测试用2029年节假日安排",
                List.of(day("2029-01-09"), day("2029-01-10"), day("2029-01-11"))), ADMIN);

        assertThat(loaded.moved()).filteredOn(m -> m.caseId() == caseId)
                .extracting(m -> m.to().toString()).containsOnly("2029-01-12"); // 01-09 … 01-11 off: Fri 01-12 is the next working day
        assertThat(loaded.moved()).filteredOn(m -> m.caseId() == caseId).hasSize(3);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM fx_audit_event WHERE case_id = ? AND event_type = 'DEADLINE_MOVED'",
                Integer.class, caseId)).isEqualTo(3);
        assertThat(calendars.days(2029, "*")).hasSize(3);
    }

    @Test
    void onlyAnAdministratorLoadsTheNationalCalendarAndBadDaysAreNamed() {
        assertThatThrownBy(() -> calendars.load(new HolidayCalendars.Upload(2031, "*", "x", List.of(day("2031-01-01"))),
                DemoUsers.LEGAL)).isInstanceOf(ForbiddenException.class);
        assertThatThrownBy(() -> calendars.load(new HolidayCalendars.Upload(2031, "*", "x", List.of(
                day("2031-01-01"), day("2030-12-31"),
                new HolidayCalendars.Day(LocalDate.parse("2031-01-06"), DayKind.MAKEUP_WORKDAY, "调休"))), ADMIN))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.errors())
                        .extracting(f -> f.field()).containsExactly("days[1].date", "days[2].kind"));
        assertThat(calendars.days(2031, "*")).isEmpty();
    }

    private static HolidayCalendars.Day day(String date) {
        return new HolidayCalendars.Day(LocalDate.parse(date), DayKind.HOLIDAY, "测试假日");
    }
}
