package cn.fanxiao.documents.internal.template;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.function.Function;

import freemarker.template.SimpleScalar;
import freemarker.template.TemplateMethodModelEx;
import freemarker.template.TemplateModel;
import freemarker.template.TemplateModelException;
import freemarker.template.utility.DeepUnwrap;

/**
 * The functions templates call to print values the Chinese way: {@code cnDate(d)}, {@code cnDateTime(t)},
 * {@code yuan(amount)}, {@code yuanInWords(amount)}. Freemarker 2.3 cannot format java.time itself, and a
 * function keeps the format in one tested place instead of in thirteen templates. Each takes exactly one non-null
 * argument of its type and fails loudly otherwise, so a template bug shows up in the tests, not on paper.
 */
final class TemplateFunctions {

    private TemplateFunctions() {
    }

    static TemplateMethodModelEx cnDate() {
        return of("cnDate", LocalDate.class, ChineseFormats::date);
    }

    static TemplateMethodModelEx cnDateTime() {
        return of("cnDateTime", LocalDateTime.class, ChineseFormats::dateTime);
    }

    static TemplateMethodModelEx yuan() {
        return of("yuan", BigDecimal.class, ChineseFormats::yuan);
    }

    static TemplateMethodModelEx yuanInWords() {
        return of("yuanInWords", BigDecimal.class, ChineseFormats::yuanInWords);
    }

    private static <T> TemplateMethodModelEx of(String name, Class<T> type, Function<T, String> format) {
        return arguments -> new SimpleScalar(format.apply(single(name, type, arguments)));
    }

    private static <T> T single(String name, Class<T> type, List<?> arguments) throws TemplateModelException {
        if (arguments.size() != 1) {
            throw new TemplateModelException(name + "() takes one argument, got " + arguments.size());
        }
        Object value = DeepUnwrap.unwrap((TemplateModel) arguments.get(0));
        if (!type.isInstance(value)) {
            throw new TemplateModelException(name + "() needs a " + type.getSimpleName() + ", got "
                    + (value == null ? "null" : value.getClass().getSimpleName()));
        }
        return type.cast(value);
    }
}
