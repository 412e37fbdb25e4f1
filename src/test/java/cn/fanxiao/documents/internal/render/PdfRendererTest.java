package cn.fanxiao.documents.internal.render;

import static cn.fanxiao.documents.PdfChecks.assertPdfA2b;
import static cn.fanxiao.documents.PdfChecks.pageOnePng;
import static cn.fanxiao.documents.PdfChecks.pdffonts;
import static cn.fanxiao.documents.PdfChecks.pdffontsNotEmbeddedAsSubset;
import static cn.fanxiao.documents.PdfChecks.pdftotext;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.Test;

import com.itextpdf.kernel.pdf.PdfDocument;
import com.itextpdf.kernel.pdf.PdfReader;

import cn.fanxiao.documents.PageStamp;
import cn.fanxiao.documents.PdfChecks.FontRow;
import cn.fanxiao.documents.UnrenderableCharacterException;

class PdfRendererTest {

    private static final PageStamp STAMP = new PageStamp("K7Q2M9", "https://fanxiao.example/verify/K7Q2M9");

    @Test
    void rendersAThreePageNoticeAsPdfA2bWithEveryFontEmbeddedAsASubset() throws IOException {
        byte[] pdf = RenderFixtures.RENDERER.render(RenderFixtures.notice("吉𠮷祥", 3), STAMP);

        assertPdfA2b(pdf);
        assertThat(pageCount(pdf)).isGreaterThanOrEqualTo(3);
        String text = pdftotext(pdf);
        assertThat(text).contains("限期复学通知书", "吉𠮷祥", "义务教育法", "— 1 —", "— 2 —", "— 3 —",
                "验证码 K7Q2M9");
        assertThat(pdffonts(pdf)).isNotEmpty();
        assertThat(pdffontsNotEmbeddedAsSubset(pdf)).as("fonts not embedded as subsets").isEmpty();
        // 𠮷 comes from the fallback font, the title from the bold face
        assertThat(pdffonts(pdf)).extracting(FontRow::name)
                .anyMatch(name -> name.endsWith("+NotoSerifSC-Regular"))
                .anyMatch(name -> name.endsWith("+NotoSerifSC-Bold"))
                .anyMatch(name -> name.endsWith("+LXGWWenKai-Regular"));
        assertThat(pageOnePng(pdf, "render-notice")).isNotEmptyFile();
    }

    @Test
    void refusesACharacterNoFontHasAndNamesIt() {
        // U+E000, the first private-use code point: none of the bundled fonts draws it
        String html = RenderFixtures.notice("王\uE000明", 1);

        assertThatThrownBy(() -> RenderFixtures.RENDERER.render(html, STAMP))
                .isInstanceOfSatisfying(UnrenderableCharacterException.class, e -> {
                    assertThat(e.codePoints()).containsExactly(0xE000);
                    assertThat(e.errors().get(0).message())
                            .isEqualTo("无法排印字符“\uE000”（U+E000）：已安装字体均无此字，请联系管理员添加字体");
                });
    }

    @Test
    void twoThreadsRenderValidDocumentsAtTheSameTime() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            List<Future<byte[]>> results = new ArrayList<>();
            for (int i = 0; i < 4; i++) {
                String guardian = "吉𠮷" + "甲乙丙丁".charAt(i);
                PageStamp stamp = new PageStamp("CODE" + i, "https://fanxiao.example/verify/CODE" + i);
                results.add(pool.submit(() -> RenderFixtures.RENDERER.render(RenderFixtures.notice(guardian, 2), stamp)));
            }
            for (int i = 0; i < results.size(); i++) {
                byte[] pdf = results.get(i).get();
                assertPdfA2b(pdf);
                assertThat(pdftotext(pdf)).contains("吉𠮷" + "甲乙丙丁".charAt(i), "— 2 —", "验证码 CODE" + i);
                assertThat(pdffontsNotEmbeddedAsSubset(pdf)).isEmpty();
            }
        } finally {
            pool.shutdownNow();
        }
    }

    private static int pageCount(byte[] pdf) throws IOException {
        try (PdfDocument doc = new PdfDocument(new PdfReader(new ByteArrayInputStream(pdf)))) {
            return doc.getNumberOfPages();
        }
    }

    @Test
    void aFontNamedInCssIsUsedForTheTextItHas() {
        // pdfHTML keeps only ASCII family names from CSS (a Chinese name such as 霞鹜文楷 is dropped), so templates
        // name fonts by their English family names
        String html = """
                <html><head><title>字体</title></head>
                <body><p style="font-family: 'LXGW WenKai', 'Noto Serif SC'">监护人王明</p></body></html>
                """;

        byte[] pdf = RenderFixtures.RENDERER.render(html, STAMP);

        assertThat(pdffonts(pdf)).extracting(FontRow::name)
                .anyMatch(name -> name.endsWith("+LXGWWenKai-Regular"))
                // the page number and code are always set in the default family
                .anyMatch(name -> name.endsWith("+NotoSerifSC-Regular"));
        assertThat(pdftotext(pdf)).contains("监护人王明");
        assertPdfA2b(pdf);
    }
}
