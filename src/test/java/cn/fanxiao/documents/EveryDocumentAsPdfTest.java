package cn.fanxiao.documents;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import cn.fanxiao.documents.DocumentModel.GuardianInfo;
import cn.fanxiao.documents.internal.render.FontLibrary;
import cn.fanxiao.documents.internal.render.PdfRenderer;
import cn.fanxiao.documents.internal.template.TemplateRenderer;

/**
 * Every document type, filled from a complete case, through the real template and PDF/A renderer: veraPDF says
 * PDF/A-2b, every font is embedded as a subset, and the text holds the names (one outside the BMP), the number,
 * dates in Chinese form and the legal bases. Page 1 of each is written to {@code target/document-previews/}.
 */
class EveryDocumentAsPdfTest {

    private static final TemplateRenderer TEMPLATES = new TemplateRenderer();
    private static final PdfRenderer PDF = new PdfRenderer(new FontLibrary((java.nio.file.Path) null));

    @ParameterizedTest
    @EnumSource(DocumentType.class)
    void rendersAsCompliantPdfAWithEveryNameNumberAndDate(DocumentType type) {
        DocumentModel full = SampleDocuments.full(type);
        // a rare name character outside the BMP must print, not vanish
        List<GuardianInfo> guardians = new ArrayList<>(full.guardians());
        GuardianInfo mother = guardians.get(1);
        guardians.set(1, new GuardianInfo("𠮷秀英", mother.residentIdNumber(), mother.relationship(), mother.address(),
                mother.phone(), mother.gender(), mother.workplace()));
        DocumentModel model = SampleDocuments.withGuardians(full, guardians);

        byte[] pdf = PDF.render(TEMPLATES.render(type, model), new PageStamp("TEST000001",
                "http://localhost:8080/verify/TEST000001"));

        PdfChecks.assertPdfA2b(pdf);
        assertThat(PdfChecks.pdffonts(pdf)).isNotEmpty().allSatisfy(f -> {
            assertThat(f.embedded()).as(f.name() + " embedded").isTrue();
            assertThat(f.subset()).as(f.name() + " subset").isTrue();
        });
        String text = PdfChecks.pdftotext(pdf).replaceAll("\\s+", "");
        assertThat(text).contains(model.number(), "TEST000001");
        if (type != DocumentType.RECTIFICATION_NOTICE) { // addressed to a school or township, about no one child
            assertThat(text).contains(model.child().name(), guardians.get(0).name(), "𠮷秀英");
        }
        assertThat(text).containsPattern("20\\d\\d年\\d{1,2}月\\d{1,2}日");
        PdfChecks.pageOnePng(pdf, type.name().toLowerCase().replace('_', '-'));
    }
}
