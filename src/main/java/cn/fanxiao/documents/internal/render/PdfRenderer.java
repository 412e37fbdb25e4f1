package cn.fanxiao.documents.internal.render;

import java.awt.color.ColorSpace;
import java.awt.color.ICC_Profile;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.springframework.stereotype.Component;

import com.itextpdf.html2pdf.ConverterProperties;
import com.itextpdf.html2pdf.HtmlConverter;
import com.itextpdf.kernel.pdf.CompressionConstants;
import com.itextpdf.kernel.pdf.PdfAConformance;
import com.itextpdf.kernel.pdf.PdfOutputIntent;
import com.itextpdf.kernel.pdf.PdfString;
import com.itextpdf.kernel.pdf.PdfViewerPreferences;
import com.itextpdf.kernel.pdf.PdfWriter;
import com.itextpdf.kernel.pdf.WriterProperties;
import com.itextpdf.kernel.pdf.event.PdfDocumentEvent;
import com.itextpdf.layout.font.FontProvider;
import com.itextpdf.pdfa.PdfADocument;
import com.itextpdf.styledxmlparser.jsoup.Jsoup;
import com.itextpdf.styledxmlparser.jsoup.nodes.Document;

import cn.fanxiao.documents.PageStamp;
import cn.fanxiao.documents.UnrenderableCharacterException;

/**
 * Turns a document's XHTML into an archivable PDF/A-2b: every font embedded as a subset, an sRGB output intent,
 * title and language in the metadata, and on every page the page number and verification stamp
 * ({@link PageStamper}). Thread-safe: each call builds its own PDF document and font provider; only the font set and
 * the colour profile are shared, and neither changes after start.
 */
@Component
public class PdfRenderer {

    /**
     * GB/T 9704 page as the default: A4, top 37 mm, left (binding) 28 mm, text block 156×225 mm, which leaves 26 mm
     * on the right and 35 mm at the bottom. It goes first in the head, so a template's own {@code @page} wins.
     */
    static final String DEFAULT_PAGE_STYLE = "<style>@page { size: A4; margin: 37mm 26mm 35mm 28mm; }</style>";
    private static final Pattern HEAD = Pattern.compile("<head(\\s[^>]*)?>", Pattern.CASE_INSENSITIVE);
    private static final Pattern HTML = Pattern.compile("<html(\\s[^>]*)?>", Pattern.CASE_INSENSITIVE);
    private static final String LANGUAGE = "zh-CN";

    private final FontLibrary fonts;
    private final byte[] srgbProfile;

    public PdfRenderer(FontLibrary fonts) {
        this.fonts = fonts;
        // the JDK's built-in sRGB profile: no file to ship, and PDF/A only needs a valid ICC profile for the intent
        this.srgbProfile = ICC_Profile.getInstance(ColorSpace.CS_sRGB).getData();
    }

    /**
     * @throws UnrenderableCharacterException if the text has characters that no installed font can draw
     */
    public byte[] render(String xhtml, PageStamp stamp) {
        Document parsed = Jsoup.parse(xhtml);
        String title = parsed.title().isBlank() ? "文书 " + stamp.verificationCode() : parsed.title().strip();
        rejectUndrawable(parsed.text() + title + "验证码 " + stamp.verificationCode() + "— 0123456789 —");

        ByteArrayOutputStream out = new ByteArrayOutputStream(64 * 1024);
        // Most of each file is the embedded CJK font subsets, whose glyph tables stay as long as the full font's
        // (iText keeps glyph ids); deflating them at the default level took over half the render time. The fastest
        // level measured 26 instead of 60 ms CPU for a one-page notice, for a file 5 % larger.
        PdfWriter writer = new PdfWriter(out, new WriterProperties()
                .setFullCompressionMode(true)
                .setCompressionLevel(CompressionConstants.BEST_SPEED));
        PdfADocument pdf = new PdfADocument(writer, PdfAConformance.PDF_A_2B, srgbIntent());
        pdf.getDocumentInfo().setTitle(title).setCreator("Fanxiao 返校");
        pdf.getCatalog().setLang(new PdfString(LANGUAGE));
        pdf.getCatalog().setViewerPreferences(new PdfViewerPreferences().setDisplayDocTitle(true));

        FontProvider provider = fonts.newProvider();
        pdf.addEventHandler(PdfDocumentEvent.END_PAGE, new PageStamper(stamp, provider));
        ConverterProperties properties = new ConverterProperties()
                .setFontProvider(provider)
                // documents are printed and archived, not filled in: no interactive form fields
                .setCreateAcroForm(false)
                // PDF/A pages can only be flushed once the document closes; early flushing is skipped with a warning
                .setImmediateFlush(false);
        HtmlConverter.convertToPdf(withDefaultPageStyle(xhtml), pdf, properties); // closes pdf
        return out.toByteArray();
    }

    /**
     * Fails, naming the characters, if the text of the XHTML has any that no font can draw; lets a caller check a
     * document before it takes a number.
     *
     * @throws UnrenderableCharacterException if so
     */
    public void requireDrawable(String xhtml) {
        Document parsed = Jsoup.parse(xhtml);
        rejectUndrawable(parsed.text() + parsed.title());
    }

    private void rejectUndrawable(String text) {
        Set<Integer> missing = fonts.missingCodePoints(text);
        if (!missing.isEmpty()) {
            throw new UnrenderableCharacterException(new ArrayList<>(missing));
        }
    }

    private PdfOutputIntent srgbIntent() {
        return new PdfOutputIntent("Custom", "", "http://www.color.org", "sRGB IEC61966-2.1",
                new ByteArrayInputStream(srgbProfile));
    }

    static String withDefaultPageStyle(String xhtml) {
        Matcher head = HEAD.matcher(xhtml);
        if (head.find()) {
            return xhtml.substring(0, head.end()) + DEFAULT_PAGE_STYLE + xhtml.substring(head.end());
        }
        Matcher html = HTML.matcher(xhtml);
        if (html.find()) {
            return xhtml.substring(0, html.end()) + "<head>" + DEFAULT_PAGE_STYLE + "</head>" + xhtml.substring(html.end());
        }
        return DEFAULT_PAGE_STYLE + xhtml;
    }
}
