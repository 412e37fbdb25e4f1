package cn.fanxiao.enforcement.internal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

import cn.fanxiao.deadlines.LegalTime;
import cn.fanxiao.enforcement.FormField;
import cn.fanxiao.enforcement.FormFieldType;
import cn.fanxiao.shared.FieldError;
import cn.fanxiao.shared.InvalidInputException;

/**
 * Checks a submitted form against its fields and normalises the values into what the engine stores: dates and
 * amounts as ISO strings (a legal day has no time zone to get wrong), integers as {@link Integer}.
 * Every problem is reported at once, each with its field name and a Chinese message.
 */
final class FormValidator {

    /** a notice's details as typed, JSON: generous for facts and evidence, bounded for the engine's history */
    private static final int DOCUMENT_MAX = 20_000;
    private static final ObjectMapper JSON = new ObjectMapper();

    private FormValidator() {
    }

    private static String toJson(Map<?, ?> object) {
        try {
            return JSON.writeValueAsString(object);
        } catch (JsonProcessingException e) {
            throw new InvalidValue("格式有误");
        }
    }

    static Map<String, Object> validate(List<FormField> fields, Map<String, Object> input) {
        List<FieldError> errors = new ArrayList<>();
        Set<String> known = fields.stream().map(FormField::name).collect(Collectors.toSet());
        input.keySet().stream().filter(name -> !known.contains(name)).sorted()
                .forEach(name -> errors.add(new FieldError(name, "该任务没有此项：" + name)));

        Map<String, Object> values = new LinkedHashMap<>();
        for (FormField field : fields) {
            Object raw = input.get(field.name());
            if (blank(raw)) {
                if (required(field, input)) {
                    errors.add(new FieldError(field.name(),
                            (field.type() == FormFieldType.ENUM ? "请选择" : "请填写") + field.label()));
                }
                continue;
            }
            try {
                values.put(field.name(), convert(field, raw));
            } catch (InvalidValue e) {
                errors.add(new FieldError(field.name(), e.getMessage()));
            }
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        return values;
    }

    private static boolean required(FormField field, Map<String, Object> input) {
        if (field.required()) {
            return true;
        }
        FormField.Condition when = field.requiredWhen();
        return when != null && Objects.equals(when.equals(), str(input.get(when.field())));
    }

    private static Object convert(FormField field, Object raw) {
        String label = field.label();
        return switch (field.type()) {
            case DATE -> {
                LocalDate date = parse(() -> LocalDate.parse(str(raw)), label + "格式应为yyyy-MM-dd");
                if (field.notInFuture() && date.isAfter(LegalTime.today())) {
                    throw new InvalidValue(label + "不能晚于今天");
                }
                yield date.toString();
            }
            case DATE_TIME -> {
                LocalDateTime time = parse(() -> LocalDateTime.parse(str(raw)), label + "格式应为yyyy-MM-ddTHH:mm");
                if (field.notInFuture() && time.atZone(LegalTime.ZONE).toInstant().isAfter(LegalTime.now())) {
                    throw new InvalidValue(label + "不能晚于现在");
                }
                yield time.toString();
            }
            case ENUM -> {
                String value = str(raw);
                if (field.options().stream().noneMatch(o -> o.value().equals(value))) {
                    throw new InvalidValue(label + "的取值无效：" + value);
                }
                yield value;
            }
            case INTEGER -> {
                String message = label + "应为" + (field.min() == null ? "" : field.min() + "至" + field.max() + "之间的") + "整数";
                Integer value = parse(() -> new BigDecimal(str(raw)).intValueExact(), message);
                if ((field.min() != null && value < field.min()) || (field.max() != null && value > field.max())) {
                    throw new InvalidValue(message);
                }
                yield value;
            }
            case AMOUNT -> {
                BigDecimal amount = parse(() -> new BigDecimal(str(raw)), label + "应为金额数字");
                if (amount.signum() <= 0 || amount.stripTrailingZeros().scale() > 2) {
                    throw new InvalidValue(label + "应大于零，最多两位小数");
                }
                yield amount.setScale(2).toPlainString();
            }
            case DOCUMENT -> {
                if (!(raw instanceof Map<?, ?> object)) {
                    throw new InvalidValue(label + "应为对象（各项内容）");
                }
                String text = toJson(object);
                if (text.length() > DOCUMENT_MAX) {
                    throw new InvalidValue(label + "内容过长（不超过" + DOCUMENT_MAX + "字符）");
                }
                yield text;
            }
            case TEXT -> {
                if (!(raw instanceof String s)) {
                    throw new InvalidValue(label + "应为文字");
                }
                if (field.max() != null && s.strip().length() > field.max()) {
                    throw new InvalidValue(label + "不能超过" + field.max() + "字");
                }
                yield s.strip();
            }
        };
    }

    private static <T> T parse(java.util.function.Supplier<T> parser, String message) {
        try {
            return parser.get();
        } catch (DateTimeParseException | ArithmeticException | NumberFormatException e) {
            throw new InvalidValue(message);
        }
    }

    private static boolean blank(Object raw) {
        return raw == null || (raw instanceof String s && s.isBlank());
    }

    private static String str(Object raw) {
        return raw == null ? null : raw.toString().strip();
    }

    /** One field's problem, collected by {@link #validate}. */
    private static final class InvalidValue extends RuntimeException {

        InvalidValue(String message) {
            super(message, null, false, false);
        }
    }
}
