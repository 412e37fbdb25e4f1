package cn.fanxiao.deadlines.web;

/**
 * RFC 4180 cells for spreadsheets: a cell with a comma, quote or line break is quoted (quotes doubled), and a cell
 * that a spreadsheet would read as a formula ({@code = + - @}, also after a tab or carriage return) gets a leading
 * single quote so it is shown as text.
 */
final class Csv {

    private Csv() {
    }

    static void line(StringBuilder out, String... cells) {
        for (int i = 0; i < cells.length; i++) {
            if (i > 0) {
                out.append(',');
            }
            out.append(cell(cells[i]));
        }
        out.append("\r\n");
    }

    static String cell(String value) {
        if (value == null || value.isEmpty()) {
            return "";
        }
        String v = value;
        char first = v.charAt(0);
        if (first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r') {
            // negative numbers we write ourselves (days left) stay numbers
            if (!v.matches("-\\d+")) {
                v = "'" + v;
            }
        }
        if (v.indexOf(',') >= 0 || v.indexOf('"') >= 0 || v.indexOf('\n') >= 0 || v.indexOf('\r') >= 0) {
            v = '"' + v.replace("\"", "\"\"") + '"';
        }
        return v;
    }
}
