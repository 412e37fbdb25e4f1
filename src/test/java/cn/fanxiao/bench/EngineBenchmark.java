package cn.fanxiao.bench;

import java.lang.management.ManagementFactory;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongConsumer;

import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

import cn.fanxiao.FanxiaoApplication;
import cn.fanxiao.cases.CaseService;
import cn.fanxiao.demo.DemoChildren;
import cn.fanxiao.demo.DemoCounty;
import cn.fanxiao.demo.DemoUsers;
import cn.fanxiao.demo.ProcessDriver;
import cn.fanxiao.deadlines.LegalTime;
import cn.fanxiao.testsupport.MySqlTestServer;

/**
 * {@code scripts/bench.sh engine}: N cases driven through all four steps (order → penalty → demand letter → court
 * application → ruling → closure) with the engine's clock moved past every deadline, then M cases left open to
 * measure the heap. Prints lifecycles/s, transactions/s and peak heap. A plain Java harness: the figures come from
 * one run on a quiet machine, not from a timed unit test.
 *
 * <pre>--db h2|mariadb  --cases N (default 200)  --open M (default 10000)  --threads T (default 2)  --warmup W (150)</pre>
 */
public final class EngineBenchmark {

    private final ProcessDriver driver;
    private final CaseService cases;
    private final ExecutorService pool;
    private final AtomicLong transactions = new AtomicLong();
    private ZonedDateTime clock = ZonedDateTime.of(2026, 3, 2, 9, 0, 0, 0, LegalTime.ZONE);

    private EngineBenchmark(ConfigurableApplicationContext context, int threads) {
        this.driver = context.getBean(ProcessDriver.class);
        this.cases = context.getBean(CaseService.class);
        this.pool = Executors.newFixedThreadPool(threads);
        ClockUtil.setCurrentTime(Date.from(clock.toInstant()));
    }

    public static void main(String[] args) throws Exception {
        Map<String, String> opts = options(args);
        String db = opts.getOrDefault("db", "h2");
        int lifecycles = Integer.parseInt(opts.getOrDefault("cases", "200"));
        int open = Integer.parseInt(opts.getOrDefault("open", "10000"));
        int threads = Integer.parseInt(opts.getOrDefault("threads", "2"));

        List<String> properties = new ArrayList<>(List.of("camunda.bpm.job-execution.enabled=false",
                "fanxiao.demo.enabled=false", "spring.main.banner-mode=off", "logging.level.root=warn",
                "spring.datasource.hikari.maximum-pool-size=" + (threads + 4)));
        String description = "H2 (file under target/bench-h2, MySQL mode)";
        List<String> profiles = new ArrayList<>(List.of("test"));
        if (db.equals("mariadb") || db.equals("mysql")) {
            MySqlTestServer server = MySqlTestServer.get();
            String database = server.createDatabase();
            properties.add("spring.datasource.url=" + server.jdbcUrl(database));
            properties.add("spring.datasource.username=" + server.username());
            properties.add("spring.datasource.password=" + server.password());
            profiles.add("mysql");
            description = server.description();
        } else {
            properties.add("spring.datasource.url=" + BenchApplication.h2Url());
        }
        System.out.printf("engine benchmark: %s, %d lifecycles, %d open cases, %d threads, max heap %d MB%n",
                description, lifecycles, open, threads, Runtime.getRuntime().maxMemory() >> 20);

        try (ConfigurableApplicationContext context = new SpringApplicationBuilder(FanxiaoApplication.class)
                .profiles(profiles.toArray(String[]::new))
                // as command-line arguments: they must win over the profiles' own datasource settings
                .run(properties.stream().map(p -> "--" + p).toArray(String[]::new))) {
            context.getBean(DemoCounty.class).install();
            EngineBenchmark bench = new EngineBenchmark(context, threads);
            try {
                bench.warmUp(Integer.parseInt(opts.getOrDefault("warmup", "150")));
                bench.lifecycles(lifecycles);
                bench.openCases(open);
            } finally {
                bench.pool.shutdownNow();
                ClockUtil.reset();
            }
        }
        System.exit(0);
    }

    private void warmUp(int warmUp) throws Exception {
        // long enough for the JIT to settle: on 2 cores C2 otherwise takes a third of the CPU
        List<Long> ids = open(DemoCounty.QINGSHI, warmUp, 100_000);
        driveToCourt(ids);
        transactions.set(0);
        Heap.resetPeak();
    }

    private void lifecycles(int n) throws Exception {
        List<Long> ids = new ArrayList<>();
        long start = System.nanoTime();
        ids.addAll(open(DemoCounty.QINGSHI, n, 0));
        driveToCourt(ids);
        double seconds = (System.nanoTime() - start) / 1e9;
        System.out.printf("lifecycles: %d full four-step lifecycles in %.1f s = %.1f lifecycles/s; %d transactions = %.0f transactions/s%n",
                n, seconds, n / seconds, transactions.get(), transactions.get() / seconds);
        System.out.printf("peak heap during lifecycles: %d MB%n", Heap.peakMb());
    }

    private void openCases(int m) throws Exception {
        if (m <= 0) {
            return;
        }
        Heap.resetPeak();
        long start = System.nanoTime();
        List<Long> ids = open(DemoCounty.HEKOU, m, 1_000);
        each(ids, id -> driver.complete(id, "verifyDropout", Map.of("verification", "CONFIRMED"), DemoUsers.HEKOU));
        serveEach(ids, "issueReturnNotice", DemoUsers.HEKOU);
        double seconds = (System.nanoTime() - start) / 1e9;
        System.gc();
        long used = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed() >> 20;
        System.out.printf("open cases: %d cases opened and waiting in step 1 (with running timers) in %.1f s; "
                + "heap after GC %d MB, peak heap %d MB (max heap %d MB)%n",
                m, seconds, used, Heap.peakMb(), Runtime.getRuntime().maxMemory() >> 20);
    }

    /** Opens {@code n} cases of a township, numbered from {@code offset} (distinct children). */
    private List<Long> open(String township, int n, int offset) throws Exception {
        LocalDate dropout = LocalDate.ofInstant(clock.toInstant(), LegalTime.ZONE).minusDays(30);
        List<Future<Long>> futures = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            int k = offset + i;
            futures.add(pool.submit(() -> {
                long id = cases.open(DemoChildren.newCase(township, k, dropout), DemoUsers.officerOf(township)).id();
                transactions.incrementAndGet();
                return id;
            }));
        }
        List<Long> ids = new ArrayList<>();
        for (Future<Long> f : futures) {
            ids.add(f.get());
        }
        return ids;
    }

    /** Step 1 → step 2 → step 3 → step 4a, each deadline passed by moving the clock, up to closure. */
    private void driveToCourt(List<Long> ids) throws Exception {
        var officer = DemoUsers.QINGSHI;
        var legal = DemoUsers.LEGAL;
        each(ids, id -> driver.complete(id, "verifyDropout", Map.of("verification", "CONFIRMED"), officer));
        serveEach(ids, "issueReturnNotice", officer);
        advanceDays(10);
        serveEach(ids, "serveOrderToReturn", officer);
        advanceDays(20);
        each(ids, id -> driver.complete(id, "openPenaltyCase", Map.of("openedOn", today()), legal));
        serveEach(ids, "servePriorNotice", legal);
        advanceDays(10);
        each(ids, id -> driver.complete(id, "decidePenalty",
                Map.of("penaltyDecision", "PENALISE", "decidedOn", today(), "fineAmount", "500"), legal));
        serveEach(ids, "servePenaltyDecision", legal);
        advanceDays(200);
        serveEach(ids, "serveDemandLetter", legal);
        advanceDays(20);
        each(ids, id -> driver.complete(id, "applyToCourt", Map.of("filedOn", today()), legal));
        each(ids, id -> driver.complete(id, "recordCourtRuling",
                Map.of("courtRuling", "ENFORCE", "ruledOn", today()), legal));
        each(ids, id -> driver.complete(id, "approveClosure",
                Map.of("closureReason", "OTHER", "closureNote", "法院裁定准予强制执行，执行完毕"), legal));
    }

    /** Moves the clock and fires what fell due, process instances in parallel (each one's jobs in order). */
    private void advanceDays(int days) throws Exception {
        clock = clock.plusDays(days);
        ClockUtil.setCurrentTime(Date.from(clock.toInstant()));
        List<Future<?>> futures = new ArrayList<>();
        for (String instance : driver.instancesWithDueJobs()) {
            futures.add(pool.submit(() -> transactions.addAndGet(driver.fireDueJobs(instance))));
        }
        for (Future<?> f : futures) {
            f.get();
        }
    }

    /**
     * Signing and serving a notice is five transactions: the 审核并签发 task's completion and its number's allocation,
     * the service record, the served attempt, the 送达 task's completion.
     */
    private void serveEach(List<Long> ids, String taskKey, cn.fanxiao.accounts.CurrentUser user) throws Exception {
        each(ids, id -> {
            driver.serve(id, taskKey, LocalDate.parse(today()), Map.of(), user);
            transactions.addAndGet(4);
        });
    }

    private void each(List<Long> ids, LongConsumer action) throws Exception {
        List<Future<?>> futures = new ArrayList<>();
        for (long id : ids) {
            futures.add(pool.submit(() -> {
                action.accept(id);
                transactions.incrementAndGet();
            }));
        }
        for (Future<?> f : futures) {
            f.get();
        }
    }

    private String today() {
        return LocalDate.ofInstant(clock.toInstant(), LegalTime.ZONE).toString();
    }

    private static Map<String, String> options(String[] args) {
        Map<String, String> opts = new HashMap<>();
        for (int i = 0; i + 1 < args.length; i += 2) {
            opts.put(args[i].replaceFirst("^--", ""), args[i + 1]);
        }
        return opts;
    }
}
