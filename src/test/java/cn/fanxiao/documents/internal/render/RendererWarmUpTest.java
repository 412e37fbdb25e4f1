package cn.fanxiao.documents.internal.render;

import static cn.fanxiao.documents.PdfChecks.assertPdfA2b;
import static cn.fanxiao.documents.PdfChecks.pdffonts;
import static cn.fanxiao.documents.PdfChecks.pdftotext;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

import cn.fanxiao.documents.PageStamp;

class RendererWarmUpTest {

    private final ApplicationContextRunner context = new ApplicationContextRunner()
            .withBean(PdfRenderer.class, () -> RenderFixtures.RENDERER)
            .withUserConfiguration(RendererWarmUp.class);

    @Test
    void theSampleTakesEveryPathARealDocumentTakes() {
        byte[] pdf = RenderFixtures.RENDERER.render(RendererWarmUp.SAMPLE, new PageStamp("W1", "https://x.example/verify/W1"));

        assertPdfA2b(pdf);
        assertThat(pdftotext(pdf)).contains("吉𠮷", "— 1 —", "验证码 W1");
        assertThat(pdffonts(pdf)).hasSize(3); // regular, bold, fallback
    }

    @Test
    void onByDefaultAndSwitchedOffByProperty() {
        context.run(ctx -> assertThat(ctx).hasSingleBean(RendererWarmUp.class));
        context.withPropertyValues("fanxiao.documents.warm-up=false")
                .run(ctx -> assertThat(ctx).doesNotHaveBean(RendererWarmUp.class));
    }
}
