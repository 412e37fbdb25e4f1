package cn.fanxiao.documents.internal.render;

/** One font library and renderer for all render tests in a JVM: parsing the bundled fonts takes a second or two. */
final class RenderFixtures {

    static final FontLibrary FONTS = new FontLibrary((java.nio.file.Path) null);
    static final PdfRenderer RENDERER = new PdfRenderer(FONTS);

    private RenderFixtures() {
    }

    /**
     * A notice-like document: a bold 22 pt title, 16 pt body text with the rare name character 𠮷 (U+20BB7, CJK
     * Extension B, only in the fallback font), and enough paragraphs for {@code pages} GB/T 9704 pages.
     */
    static String notice(String guardian, int pages) {
        StringBuilder body = new StringBuilder();
        // a GB/T 9704 page holds 22 lines of 28 characters; each paragraph below is three to four lines
        for (int i = 1; i <= pages * 6; i++) {
            body.append("<p>第").append(i).append("段：经查，你的子女自本学期开学以来未到校上课，学校和村（居）民委员会")
                    .append("多次上门劝返未果。依照《中华人民共和国义务教育法》第五条、第五十八条的规定，")
                    .append("适龄儿童、少年的父母或者其他法定监护人应当依法保证其按时入学接受并完成义务教育。</p>\n");
        }
        return """
                <!DOCTYPE html>
                <html xmlns="http://www.w3.org/1999/xhtml" lang="zh-CN">
                <head><meta charset="UTF-8"/><title>限期复学通知书</title>
                <style>
                  body { font-family: "Noto Serif SC", serif; font-size: 16pt; line-height: 29pt; }
                  h1 { font-size: 22pt; font-weight: bold; text-align: center; margin: 0 0 29pt 0; }
                  p { text-indent: 2em; margin: 0; text-align: justify; }
                </style></head>
                <body>
                <h1>限期复学通知书</h1>
                <p class="addressee">%s：</p>
                %s
                </body></html>
                """.formatted(guardian, body);
    }
}
