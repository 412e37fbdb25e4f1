package cn.fanxiao.enforcement;

import java.util.List;

/**
 * One field of a task form, as a client needs it to build the form and as the server validates it.
 *
 * @param required whether the value must always be given
 * @param requiredWhen when not always required: required if another field has a given value (else null)
 * @param notInFuture for dates of something that already happened (served, filed, decided): not after today
 * @param min lower bound of an {@link FormFieldType#INTEGER} field, null when unbounded
 * @param max upper bound of an {@link FormFieldType#INTEGER} field, or the maximum length of a
 *            {@link FormFieldType#TEXT}; null when unbounded
 */
public record FormField(String name, String label, FormFieldType type, boolean required, Condition requiredWhen,
                        List<Option> options, boolean notInFuture, Integer min, Integer max) {

    public FormField {
        options = options == null ? List.of() : List.copyOf(options);
    }

    /** One allowed value of an {@link FormFieldType#ENUM} field and its Chinese label. */
    public record Option(String value, String label) {
    }

    /** "required when {@code field} equals {@code equals}". */
    public record Condition(String field, String equals) {
    }
}
