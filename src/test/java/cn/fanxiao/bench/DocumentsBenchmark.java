package cn.fanxiao.bench;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

import cn.fanxiao.cases.CaseService;
import cn.fanxiao.deadlines.LegalTime;
import cn.fanxiao.demo.DemoChildren;
import cn.fanxiao.demo.DemoCounty;
import cn.fanxiao.demo.DemoUsers;
import cn.fanxiao.documents.DocumentDetails;
import cn.fanxiao.documents.DocumentModel;
import cn.fanxiao.documents.DocumentType;
import cn.fanxiao.documents.Notices;
import cn.fanxiao.documents.PageStamp;
import cn.fanxiao.documents.SampleDocuments;
import cn.fanxiao.documents.internal.render.PdfRenderer;
import cn.fanxiao.documents.internal.template.TemplateRenderer;

/**
 * {@code scripts/bench.sh documents}: one-page 限期复学通知书 per second on T threads, (1) bare — template and PDF/A
 * rendering only — and (2) issued — the same plus the case and settings reads, numbering, the archive insert with its
 * hash and the audit entry, each in its own transaction; (3) single issuances one after another, p50/p95 end to end;
 * (4) a bulk run of B notices with the peak heap. Run with {@code BENCH_JAVA_OPTS=-Xmx1g} to prove the heap target.
 *
 * <pre>--db h2|mariadb  --threads T (2)  --warmup W (200)  --notices N (600)  --single S (200)  --bulk B (2000)</pre>
 */
public final class DocumentsBenchmark {

    public static void main(String[] args) throws Exception {
        Map<String, String> opts = new HashMap<>();
        for (int i = 0; i + 1 < args.length; i += 2) {
            opts.put(args[i].replaceFirst("^--", ""), args[i + 1]);
        }
        int threads = Integer.parseInt(opts.getOrDefault("threads", "2"));
        int warmup = Integer.parseInt(opts.getOrDefault("warmup", "200"));
        int n = Integer.parseInt(opts.getOrDefault("notices", "600"));
        int single = Integer.parseInt(opts.getOrDefault("single", "200"));
        int bulk = Integer.parseInt(opts.getOrDefault("bulk", "2000"));
        try (BenchApplication app = BenchApplication.start(opts.getOrDefault("db", "h2"))) {
            System.out.printf("documents benchmark: %s, %d threads, max heap %d MB%n", app.description(), threads,
                    Runtime.getRuntime().maxMemory() >> 20);
            app.bean(DemoCounty.class).install();
            ExecutorService pool = Executors.newFixedThreadPool(threads);
            try {
                // an order is in force at most once per case: every issuance gets a case of its own
                List<Long> cases = openCases(app.bean(CaseService.class), pool, warmup + n + single + bulk);
                TemplateRenderer templates = app.bean(TemplateRenderer.class);
                PdfRenderer pdfs = app.bean(PdfRenderer.class);
                DocumentModel model = SampleDocuments.full(DocumentType.ORDER_TO_RETURN);
                PageStamp stamp = new PageStamp("BENCH00000", "http://localhost:8080/verify/BENCH00000");
                Runnable bare = () -> pdfs.render(templates.render(DocumentType.ORDER_TO_RETURN, model), stamp);
                Notices notices = app.bean(Notices.class);
                AtomicInteger next = new AtomicInteger();
                Runnable issue = () -> notices.issue(cases.get(next.getAndIncrement()),
                        DocumentType.ORDER_TO_RETURN, order(), DemoUsers.QINGSHI);

                run(pool, warmup, bare);
                run(pool, warmup, issue);
                double bareRate = rate(pool, n, bare);
                double issuedRate = rate(pool, n, issue);
                System.out.printf("bare rendering: %.1f notices/s; issued (numbered, archived, audited): %.1f notices/s"
                        + " (%.0f %% of bare)%n", bareRate, issuedRate, 100 * issuedRate / bareRate);
                single(issue, single);
                Heap.resetPeak();
                long start = System.nanoTime();
                run(pool, bulk, issue);
                double seconds = (System.nanoTime() - start) / 1e9;
                System.out.printf("bulk: %d notices in %.1f s = %.1f notices/s; peak heap %d MB of %d MB%n", bulk,
                        seconds, bulk / seconds, Heap.peakMb(), Runtime.getRuntime().maxMemory() >> 20);
            } finally {
                pool.shutdown();
            }
        }
        System.exit(0);
    }

    private static DocumentDetails order() {
        return new DocumentDetails.OrderToReturn("经镇村两级干部三次上门劝返，监护人仍未送其返校。", null, null, null, null,
                null);
    }

    private static List<Long> openCases(CaseService cases, ExecutorService pool, int k) throws Exception {
        LocalDate dropout = LegalTime.today().minusDays(60);
        long start = System.nanoTime();
        List<Future<Long>> opened = new ArrayList<>(k);
        for (int i = 0; i < k; i++) {
            int sequence = 100_000 + i;
            opened.add(pool.submit(() -> cases.open(DemoChildren.newCase(DemoCounty.QINGSHI, sequence, dropout),
                    DemoUsers.QINGSHI).id()));
        }
        List<Long> ids = new ArrayList<>(k);
        for (Future<Long> f : opened) {
            ids.add(f.get());
        }
        System.out.printf("opened %d cases in %.1f s%n", k, (System.nanoTime() - start) / 1e9);
        return ids;
    }

    private static double rate(ExecutorService pool, int n, Runnable task) throws Exception {
        long start = System.nanoTime();
        run(pool, n, task);
        return n / ((System.nanoTime() - start) / 1e9);
    }

    private static void run(ExecutorService pool, int n, Runnable task) throws Exception {
        List<Future<?>> futures = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            futures.add(pool.submit(task));
        }
        for (Future<?> f : futures) {
            f.get();
        }
    }

    private static void single(Runnable issue, int s) {
        long[] millis = new long[s];
        for (int i = 0; i < s; i++) {
            long start = System.nanoTime();
            issue.run();
            millis[i] = (System.nanoTime() - start) / 1_000_000;
        }
        Arrays.sort(millis);
        System.out.printf("single issuance, one after another: p50 %d ms, p95 %d ms, max %d ms (%d issuances)%n",
                millis[s / 2], millis[(int) Math.ceil(s * 0.95) - 1], millis[s - 1], s);
    }
}
