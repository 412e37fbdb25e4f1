package cn.fanxiao.documents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;

import org.junit.jupiter.api.Test;

import com.itextpdf.kernel.pdf.PdfDocument;
import com.itextpdf.kernel.pdf.PdfWriter;
import com.itextpdf.layout.Document;
import com.itextpdf.layout.element.Paragraph;

/** The checks themselves can fail: a plain PDF with an unembedded standard font is caught by both. */
class PdfChecksTest {

    @Test
    void aPlainPdfWithAnUnembeddedStandardFontIsNotPdfA() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (Document document = new Document(new PdfDocument(new PdfWriter(out)))) {
            document.add(new Paragraph("plain PDF, Helvetica not embedded"));
        }
        byte[] pdf = out.toByteArray();

        assertThatThrownBy(() -> PdfChecks.assertPdfA2b(pdf))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("not PDF/A-2b compliant");
        assertThat(PdfChecks.pdffontsNotEmbeddedAsSubset(pdf))
                .extracting(PdfChecks.FontRow::name).containsExactly("Helvetica");
        assertThat(PdfChecks.pdftotext(pdf)).contains("plain PDF, Helvetica not embedded");
    }
}
