package cn.fanxiao.deadlines.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class BoardCsvTest {

    @Test
    void quotesCellsThatWouldSplit() {
        assertThat(Csv.cell("王,小明")).isEqualTo("\"王,小明\"");
        assertThat(Csv.cell("王\"小\"明")).isEqualTo("\"王\"\"小\"\"明\"");
        assertThat(Csv.cell("王\n小明")).isEqualTo("\"王\n小明\"");
        assertThat(Csv.cell("王小明")).isEqualTo("王小明");
        assertThat(Csv.cell(null)).isEmpty();
    }

    @Test
    void neutralisesFormulas() {
        assertThat(Csv.cell("=1+2")).isEqualTo("'=1+2");
        assertThat(Csv.cell("+86")).isEqualTo("'+86");
        assertThat(Csv.cell("-cmd|' /C calc'!A0")).isEqualTo("'-cmd|' /C calc'!A0");
        assertThat(Csv.cell("@SUM(A1)")).isEqualTo("'@SUM(A1)");
        assertThat(Csv.cell("=HYPERLINK(\"x\",\"y\")")).isEqualTo("\"'=HYPERLINK(\"\"x\"\",\"\"y\"\")\"");
        // the days-left numbers we write ourselves stay numbers
        assertThat(Csv.cell("-4")).isEqualTo("-4");
    }

    @Test
    void linesEndInCrLf() {
        StringBuilder out = new StringBuilder();
        Csv.line(out, "a", "b,c");
        assertThat(out).hasToString("a,\"b,c\"\r\n");
    }
}
