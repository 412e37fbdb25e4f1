package cn.fanxiao.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import cn.fanxiao.documents.PageStamp;
import cn.fanxiao.documents.internal.render.FontLibrary;
import cn.fanxiao.documents.internal.render.PdfRenderer;

/**
 * The bare renderer's throughput: one-page notices (XHTML → PDF/A-2b with page stamp and QR, no template engine,
 * no database) rendered on 2 threads after a warm-up, as notices per second. The reference figure for document
 * issuance: everything around rendering only adds to it.
 *
 * <pre>--threads N (default 2)   --seconds S (default 20)   --warmup W renders (default 30)</pre>
 */
public final class BareRenderBenchmark {

    /** A one-page 限期复学通知书-like notice: title, number, addressee, body, signature block. */
    static String notice(int n) {
        return """
                <!DOCTYPE html>
                <html xmlns="http://www.w3.org/1999/xhtml" lang="zh-CN">
                <head><meta charset="UTF-8"/><title>限期复学通知书</title>
                <style>
                  body { font-family: "Noto Serif SC", serif; font-size: 16pt; line-height: 29pt; }
                  h1 { font-size: 22pt; font-weight: bold; text-align: center; margin: 0; }
                  .number { text-align: center; margin: 0 0 29pt 0; }
                  p { text-indent: 2em; margin: 0; text-align: justify; }
                  .sign { text-align: right; margin-top: 58pt; }
                </style></head>
                <body>
                <h1>限期复学通知书</h1>
                <div class="number">X镇复学通字〔2026〕%d号</div>
                <p style="text-indent: 0">吉𠮷祥：</p>
                <p>经查，你的子女吉小明（男，2012年3月5日出生）自2026年3月2日起未到X镇中心学校上学。学校和村民委员会
                已于3月6日、3月13日两次上门劝返，未果。</p>
                <p>依照《中华人民共和国义务教育法》第五条第二款、第五十八条的规定，现责令你于2026年4月1日前将吉小明送回
                X镇中心学校复学。逾期不改正的，将依法进一步处理。</p>
                <p>如不服本通知，可以自收到之日起六十日内向X县人民政府申请行政复议，或者在六个月内向X县人民法院提起行政诉讼。</p>
                <div class="sign">X镇人民政府<br/>2026年3月20日</div>
                </body></html>
                """.formatted(n);
    }

    public static void main(String[] args) throws Exception {
        java.util.Map<String, String> opts = new java.util.HashMap<>();
        for (int i = 0; i + 1 < args.length; i += 2) {
            opts.put(args[i].replaceFirst("^--", ""), args[i + 1]);
        }
        int threads = Integer.parseInt(opts.getOrDefault("threads", "2"));
        int seconds = Integer.parseInt(opts.getOrDefault("seconds", "20"));
        int warmup = Integer.parseInt(opts.getOrDefault("warmup", "30"));

        long t0 = System.nanoTime();
        PdfRenderer renderer = new PdfRenderer(new FontLibrary((java.nio.file.Path) null));
        long t1 = System.nanoTime();
        byte[] first = renderer.render(notice(0), stamp(0));
        long t2 = System.nanoTime();
        System.out.printf("fonts loaded in %d ms; first render %d ms (%d bytes)%n",
                (t1 - t0) / 1_000_000, (t2 - t1) / 1_000_000, first.length);
        for (int i = 1; i <= warmup; i++) {
            renderer.render(notice(i), stamp(i));
        }

        ExecutorService pool = Executors.newFixedThreadPool(threads);
        // CPU time of the rendering threads: on a shared machine the rate depends on what else runs, this does not
        java.lang.management.ThreadMXBean threadCpu = java.lang.management.ManagementFactory.getThreadMXBean();
        java.util.concurrent.atomic.AtomicLong cpuNanos = new java.util.concurrent.atomic.AtomicLong();
        long deadline = System.nanoTime() + seconds * 1_000_000_000L;
        long start = System.nanoTime();
        List<Future<Integer>> counts = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            int offset = t * 1_000_000;
            counts.add(pool.submit(() -> {
                long cpuStart = threadCpu.getCurrentThreadCpuTime();
                int n = 0;
                while (System.nanoTime() < deadline) {
                    renderer.render(notice(offset + n), stamp(offset + n));
                    n++;
                }
                cpuNanos.addAndGet(threadCpu.getCurrentThreadCpuTime() - cpuStart);
                return n;
            }));
        }
        int total = 0;
        for (Future<Integer> count : counts) {
            total += count.get();
        }
        double elapsed = (System.nanoTime() - start) / 1e9;
        pool.shutdown();
        double cpuMs = cpuNanos.get() / 1e6 / total;
        System.out.printf("bare render: %d one-page notices on %d threads in %.1f s = %.1f notices/s "
                + "(%.0f ms CPU each in the rendering threads; load average %.1f)%n", total, threads, elapsed,
                total / elapsed, cpuMs, java.lang.management.ManagementFactory.getOperatingSystemMXBean()
                        .getSystemLoadAverage());
    }

    private static PageStamp stamp(int n) {
        String code = Integer.toString(100000 + n, 36).toUpperCase();
        return new PageStamp(code, "https://fanxiao.example/verify/" + code);
    }
}
