package cn.fanxiao.enforcement.process;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Date;

import org.camunda.bpm.engine.delegate.VariableScope;

import cn.fanxiao.deadlines.LegalTime;

/**
 * Reads the values a task form left on the task. The service validated and normalised them (dates as
 * {@code yyyy-MM-dd}); a {@link Date} is accepted too, for a task completed from Camunda's Tasklist.
 */
public final class FormValues {

    private FormValues() {
    }

    public static LocalDate date(VariableScope scope, String name) {
        Object value = scope.getVariable(name);
        if (value instanceof Date d) {
            return LocalDate.ofInstant(d.toInstant(), LegalTime.ZONE);
        }
        return value == null || value.toString().isBlank() ? null : LocalDate.parse(value.toString());
    }

    public static LocalDate requiredDate(VariableScope scope, String name) {
        LocalDate date = date(scope, name);
        if (date == null) {
            throw new IllegalStateException("form value missing: " + name);
        }
        return date;
    }

    public static LocalDateTime dateTime(VariableScope scope, String name) {
        Object value = scope.getVariable(name);
        if (value instanceof Date d) {
            return LocalDateTime.ofInstant(d.toInstant(), LegalTime.ZONE);
        }
        return value == null ? null : LocalDateTime.parse(value.toString());
    }

    public static String text(VariableScope scope, String name) {
        Object value = scope.getVariable(name);
        return value == null || value.toString().isBlank() ? null : value.toString().strip();
    }

    public static Integer integer(VariableScope scope, String name) {
        Object value = scope.getVariable(name);
        if (value == null || value.toString().isBlank()) {
            return null;
        }
        return value instanceof Number n ? n.intValue() : Integer.valueOf(value.toString().strip());
    }

    public static <E extends Enum<E>> E enumValue(VariableScope scope, String name, Class<E> type) {
        String value = text(scope, name);
        return value == null ? null : Enum.valueOf(type, value);
    }
}
