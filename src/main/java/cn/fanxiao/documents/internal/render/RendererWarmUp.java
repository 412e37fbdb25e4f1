package cn.fanxiao.documents.internal.render;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import cn.fanxiao.documents.PageStamp;

/**
 * Renders one small sample once the application is ready, so the first real issuance does not pay for loading
 * iText's classes, its CSS defaults and the fonts' glyph tables (about 1.5 s). Runs on its own thread: readiness is
 * not delayed, and an issuance arriving meanwhile simply renders in parallel. Off with
 * {@code fanxiao.documents.warm-up=false}.
 */
@Component
@ConditionalOnProperty(name = "fanxiao.documents.warm-up", havingValue = "true", matchIfMissing = true)
class RendererWarmUp {

    /** Both bundled faces and the fallback font, a page number and the QR: every path a real document takes. */
    static final String SAMPLE = """
            <!DOCTYPE html>
            <html lang="zh-CN"><head><meta charset="UTF-8"/><title>预热</title></head>
            <body style="font-family: 'Noto Serif SC'; font-size: 16pt">
            <h1 style="font-size: 22pt; font-weight: bold; text-align: center">入学（复学）通知书</h1>
            <p>监护人吉𠮷：请于收到本通知之日起七日内送子女返校。</p>
            </body></html>
            """;

    private static final Logger log = LoggerFactory.getLogger(RendererWarmUp.class);

    private final PdfRenderer renderer;

    RendererWarmUp(PdfRenderer renderer) {
        this.renderer = renderer;
    }

    @EventListener(ApplicationReadyEvent.class)
    void warmUp() {
        Thread thread = new Thread(this::renderSample, "pdf-warm-up");
        thread.setDaemon(true);
        thread.start();
    }

    void renderSample() {
        long start = System.nanoTime();
        try {
            byte[] pdf = renderer.render(SAMPLE, new PageStamp("WARMUP", "https://fanxiao.invalid/verify/WARMUP"));
            log.info("PDF renderer warmed up in {} ms ({} bytes)", (System.nanoTime() - start) / 1_000_000, pdf.length);
        } catch (RuntimeException e) {
            // a broken renderer shows up here first; issuing will report the same error to the user
            log.error("PDF renderer warm-up failed", e);
        }
    }
}
