package cn.fanxiao.documents.internal.render;

import java.util.List;
import java.util.Map;

import com.itextpdf.barcodes.BarcodeQRCode;
import com.itextpdf.barcodes.qrcode.EncodeHintType;
import com.itextpdf.barcodes.qrcode.ErrorCorrectionLevel;
import com.itextpdf.kernel.colors.Color;
import com.itextpdf.kernel.colors.DeviceRgb;
import com.itextpdf.kernel.font.PdfFont;
import com.itextpdf.kernel.geom.Rectangle;
import com.itextpdf.kernel.pdf.PdfDocument;
import com.itextpdf.kernel.pdf.PdfPage;
import com.itextpdf.kernel.pdf.canvas.PdfCanvas;
import com.itextpdf.kernel.pdf.event.AbstractPdfDocumentEvent;
import com.itextpdf.kernel.pdf.event.AbstractPdfDocumentEventHandler;
import com.itextpdf.kernel.pdf.event.PdfDocumentEvent;
import com.itextpdf.kernel.pdf.xobject.PdfFormXObject;
import com.itextpdf.layout.Canvas;
import com.itextpdf.layout.element.Paragraph;
import com.itextpdf.layout.font.FontCharacteristics;
import com.itextpdf.layout.font.FontProvider;
import com.itextpdf.layout.properties.TextAlignment;
import com.itextpdf.layout.properties.VerticalAlignment;

import cn.fanxiao.documents.PageStamp;

/**
 * Draws on every finished page (END_PAGE) what GB/T 9704 and verification need below the text block:
 * <ul>
 * <li>the page number "— N —" in 14 pt (4号) 宋体, its dash line 7 mm below the text block, one character in from
 * the right edge of the text block on odd pages and from the left edge on even pages;</li>
 * <li>a QR code of the verification URL with 「验证码 XXXX」 beside it, in the other corner, so they never meet.</li>
 * </ul>
 * One instance serves one document: it keeps the document's QR form and font. It uses the conversion's own font
 * provider, so the page numbers share the body text's embedded subset of the default font instead of adding another.
 */
final class PageStamper extends AbstractPdfDocumentEventHandler {

    static final float MM = 72f / 25.4f;
    /** GB/T 9704 text block: 28 mm from the left edge (订口), 156 mm wide, ending 35 mm above the bottom edge. */
    static final float TEXT_LEFT = 28 * MM;
    static final float TEXT_WIDTH = 156 * MM;
    static final float TEXT_BOTTOM = 35 * MM;
    private static final float PAGE_NUMBER_SIZE = 14;
    private static final float CODE_SIZE = 9;
    private static final float QR_SIDE = 15 * MM;
    /** Text is black in the output intent's colour space (sRGB), as PDF/A asks of every colour used. */
    private static final Color BLACK = new DeviceRgb(0, 0, 0);

    private final PageStamp stamp;
    private final FontProvider fonts;
    private PdfFont font;
    private PdfFormXObject qr;

    PageStamper(PageStamp stamp, FontProvider fonts) {
        this.stamp = stamp;
        this.fonts = fonts;
        addType(PdfDocumentEvent.END_PAGE);
    }

    @Override
    protected void onAcceptedEvent(AbstractPdfDocumentEvent event) {
        PdfPage page = ((PdfDocumentEvent) event).getPage();
        PdfDocument pdf = event.getDocument();
        int number = pdf.getPageNumber(page);
        boolean odd = number % 2 == 1;
        Rectangle box = page.getPageSize();
        float left = box.getLeft() + TEXT_LEFT;
        float right = left + TEXT_WIDTH;
        float dashLine = box.getBottom() + TEXT_BOTTOM - 7 * MM;

        PdfCanvas pdfCanvas = new PdfCanvas(page.newContentStreamAfter(), page.getResources(), pdf);
        try (Canvas canvas = new Canvas(pdfCanvas, box)) {
            canvas.setFont(font()).setFontColor(BLACK);
            Paragraph pageNumber = line("— " + number + " —", PAGE_NUMBER_SIZE);
            if (odd) {
                canvas.showTextAligned(pageNumber, right - PAGE_NUMBER_SIZE, dashLine, TextAlignment.RIGHT,
                        VerticalAlignment.MIDDLE);
            } else {
                canvas.showTextAligned(pageNumber, left + PAGE_NUMBER_SIZE, dashLine, TextAlignment.LEFT,
                        VerticalAlignment.MIDDLE);
            }

            // QR and code in the corner the page number leaves free: left on odd pages, right on even ones
            float qrBottom = box.getBottom() + 8 * MM;
            float qrX = odd ? left : right - QR_SIDE;
            pdfCanvas.addXObjectFittedIntoRectangle(qr(pdf), new Rectangle(qrX, qrBottom, QR_SIDE, QR_SIDE));
            Paragraph code = line("验证码 " + stamp.verificationCode(), CODE_SIZE);
            float codeY = qrBottom + QR_SIDE / 2;
            if (odd) {
                canvas.showTextAligned(code, qrX + QR_SIDE + 2 * MM, codeY, TextAlignment.LEFT, VerticalAlignment.MIDDLE);
            } else {
                canvas.showTextAligned(code, qrX - 2 * MM, codeY, TextAlignment.RIGHT, VerticalAlignment.MIDDLE);
            }
        }
    }

    private static Paragraph line(String text, float size) {
        return new Paragraph(text).setFontSize(size).setMargin(0).setMultipliedLeading(1);
    }

    private PdfFont font() {
        if (font == null) {
            font = fonts.getPdfFont(fonts.getFontSelector(List.of(FontLibrary.DEFAULT_FAMILY),
                    new FontCharacteristics()).bestMatch());
        }
        return font;
    }

    private PdfFormXObject qr(PdfDocument pdf) {
        if (qr == null) {
            // level M survives a worn or stamped-over corner; the URL is ASCII, so the default charset is right
            BarcodeQRCode code = new BarcodeQRCode(stamp.verificationUrl(),
                    Map.of(EncodeHintType.ERROR_CORRECTION, ErrorCorrectionLevel.M));
            qr = code.createFormXObject(BLACK, pdf);
        }
        return qr;
    }
}
