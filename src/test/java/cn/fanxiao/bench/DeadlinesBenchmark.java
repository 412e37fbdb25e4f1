package cn.fanxiao.bench;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

import cn.fanxiao.FanxiaoApplication;
import cn.fanxiao.accounts.CurrentUser;
import cn.fanxiao.accounts.Role;
import cn.fanxiao.deadlines.DayKind;
import cn.fanxiao.deadlines.DeadlineCalculator;
import cn.fanxiao.deadlines.HolidayCalendars;
import cn.fanxiao.deadlines.PeriodUnit;
import cn.fanxiao.demo.DemoCounty;
import cn.fanxiao.testsupport.MySqlTestServer;

/**
 * {@code scripts/bench.sh deadlines}: (1) working-day computations per second on the statutory calendar (an index
 * of working days, no day-by-day loop); (2) loading a year's calendar that moves N open deadlines: recompute and
 * store them in one transaction, with an audit entry for each moved deadline and the timers of each case moved once.
 * The deadlines are inserted directly onto 20 real cases; with one case per deadline the timer step grows with the
 * number of cases (one process lookup each).
 *
 * <pre>--db h2|mariadb   --deadlines N (default 100000)   --computations M (default 5000000)</pre>
 */
public final class DeadlinesBenchmark {

    public static void main(String[] args) throws Exception {
        java.util.Map<String, String> opts = new java.util.HashMap<>();
        for (int i = 0; i + 1 < args.length; i += 2) {
            opts.put(args[i].replaceFirst("^--", ""), args[i + 1]);
        }
        String db = opts.getOrDefault("db", "h2");
        int n = Integer.parseInt(opts.getOrDefault("deadlines", "100000"));
        int m = Integer.parseInt(opts.getOrDefault("computations", "5000000"));
        try (BenchApplication app = BenchApplication.start(db)) {
            System.out.printf("deadlines benchmark: %s%n", app.description());
            ConfigurableApplicationContext context = app.context();
            context.getBean(DemoCounty.class).install();
            computations(context.getBean(DeadlineCalculator.class), m);
            recompute(context, n);
        }
        System.exit(0);
    }

    private static void computations(DeadlineCalculator calculator, int m) {
        LocalDate base = LocalDate.of(2025, 1, 1);
        long sink = 0;
        for (int warm = 0; warm < 1_000_000; warm++) {
            sink += calculator.compute(base.plusDays(warm % 700), 1 + warm % 20, PeriodUnit.WORKING_DAYS,
                    DemoCounty.QINGSHI).due().getDayOfMonth();
        }
        long start = System.nanoTime();
        for (int i = 0; i < m; i++) {
            sink += calculator.compute(base.plusDays(i % 700), 1 + i % 20, PeriodUnit.WORKING_DAYS,
                    DemoCounty.QINGSHI).due().getDayOfMonth();
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        System.out.printf("computations: %d working-day periods in %.2f s = %.0f per second (one thread; checksum %d)%n",
                m, seconds, m / seconds, sink);
    }

    private static void recompute(ConfigurableApplicationContext context, int n) {
        JdbcTemplate jdbc = context.getBean(JdbcTemplate.class);
        // the deadlines hang on a few real cases (with their processes), a thousand and more each
        cn.fanxiao.cases.CaseService cases = context.getBean(cn.fanxiao.cases.CaseService.class);
        long[] caseIds = new long[20];
        for (int i = 0; i < caseIds.length; i++) {
            caseIds[i] = cases.open(cn.fanxiao.demo.DemoChildren.newCase(DemoCounty.QINGSHI, 50_000 + i,
                    LocalDate.now().minusDays(30)), cn.fanxiao.demo.DemoUsers.QINGSHI).id();
        }
        // every deadline is served in late December 2027 and ends in early January 2028: provisional until 2028 loads
        List<Object[]> rows = new ArrayList<>();
        Timestamp now = Timestamp.from(java.time.Instant.now());
        for (int i = 0; i < n; i++) {
            LocalDate trigger = LocalDate.of(2027, 12, 20).plusDays(i % 10);
            rows.add(new Object[] {caseIds[i % caseIds.length], "ORDER_TO_RETURN", Date.valueOf(trigger), 15, "CALENDAR_DAYS",
                    Date.valueOf(trigger.plusDays(15)), "基线推算", "义务教育法第58条", false, true, "OPEN", now,
                    DemoCounty.COUNTY, i % 2 == 0 ? DemoCounty.QINGSHI : DemoCounty.HEKOU});
        }
        long insertStart = System.nanoTime();
        jdbc.batchUpdate("INSERT INTO fx_deadline (case_id, kind, trigger_date, amount, unit, due_date, rule_text, basis,"
                + " statutory, provisional, status, created_at, county_code, township_code)"
                + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", rows);
        System.out.printf("setup: %d open deadlines inserted in %.1f s%n", n, (System.nanoTime() - insertStart) / 1e9);

        HolidayCalendars calendars = context.getBean(HolidayCalendars.class);
        CurrentUser admin = new CurrentUser("admin", "管理员", Role.ADMIN, DemoCounty.COUNTY, null, null);
        long start = System.nanoTime();
        HolidayCalendars.Loaded loaded = calendars.load(new HolidayCalendars.Upload(2028, "*", "基准测试用2028年节假日安排",
                List.of(new HolidayCalendars.Day(LocalDate.of(2028, 1, 3), DayKind.HOLIDAY, "元旦（测试）"),
                        new HolidayCalendars.Day(LocalDate.of(2028, 1, 4), DayKind.HOLIDAY, "元旦（测试）"),
                        new HolidayCalendars.Day(LocalDate.of(2028, 1, 5), DayKind.HOLIDAY, "元旦（测试）"))), admin);
        double seconds = (System.nanoTime() - start) / 1e9;
        System.out.printf("recompute: calendar loaded, %d deadlines recomputed, %d moved, in %.1f s (target ≤ 60 s)%n",
                loaded.recomputed(), loaded.moved().size(), seconds);
    }
}
