package cn.fanxiao.documents.internal.template;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringReader;
import java.io.StringWriter;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import freemarker.core.HTMLOutputFormat;
import freemarker.template.Configuration;
import freemarker.template.Template;
import freemarker.template.TemplateException;

/** The documents' Freemarker: records readable, output escaped, nothing reaching Java from a template. */
class DocumentTemplateConfigurationTest {

    public record Item(String name, List<String> tags) {
    }

    private final Configuration cfg = DocumentTemplateConfiguration.create();

    private String render(String source, Object model) throws Exception {
        Template template = new Template("inline.ftlh", new StringReader(source), cfg);
        StringWriter out = new StringWriter();
        template.process(model, out);
        return out.toString();
    }

    @Test
    void templatesReadRecordComponentsAsProperties() throws Exception {
        assertThat(render("${item.name}/${item.tags[1]}/${item.name()}",
                Map.of("item", new Item("甲", List.of("a", "b"))))).isEqualTo("甲/b/甲");
    }

    @Test
    void ftlhTemplatesEscapeEveryInterpolationForHtml() throws Exception {
        assertThat(new Template("x.ftlh", new StringReader(""), cfg).getOutputFormat())
                .isEqualTo(HTMLOutputFormat.INSTANCE);
        assertThat(render("<p>${v}</p>", Map.of("v", "<b>\"x\" & 'y'</b> ${7*7}")))
                .isEqualTo("<p>&lt;b&gt;&quot;x&quot; &amp; &#39;y&#39;&lt;/b&gt; ${7*7}</p>");
    }

    @Test
    void missingValuesFailInsteadOfPrintingBlank() {
        assertThatThrownBy(() -> render("${absent}", Map.of())).isInstanceOf(TemplateException.class);
        assertThat(cfg.isClassicCompatible()).isFalse();
    }

    @Test
    void noClassCanBeInstantiatedOrReachedThroughTheApi() {
        assertThatThrownBy(() -> render("<#assign e = \"freemarker.template.utility.Execute\"?new()>${e(\"id\")}",
                Map.of())).isInstanceOf(TemplateException.class);
        assertThatThrownBy(() -> render("${item?api.getClass()}", Map.of("item", new Item("a", List.of()))))
                .isInstanceOf(TemplateException.class);
        assertThatThrownBy(() -> render("${item.class}", Map.of("item", new Item("a", List.of()))))
                .isInstanceOf(TemplateException.class);
        assertThatThrownBy(() -> render("${item.hashCode()}", Map.of("item", new Item("a", List.of()))))
                .isInstanceOf(TemplateException.class);
    }

    @Test
    void numbersPrintWithoutGroupingAndDatesThroughTheChineseFunctions() throws Exception {
        assertThat(render("${n} ${cnDate(d)} ${yuanInWords(m)}", Map.of("n", 12345,
                "d", java.time.LocalDate.of(2026, 10, 8), "m", new java.math.BigDecimal("1000"))))
                .isEqualTo("12345 2026年10月8日 壹仟元整");
        assertThatThrownBy(() -> render("${cnDate(\"2026-10-08\")}", Map.of()))
                .isInstanceOf(TemplateException.class).hasMessageContaining("cnDate() needs a LocalDate");
    }
}
