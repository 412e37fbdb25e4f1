package cn.fanxiao.documents.internal.template;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import cn.fanxiao.shared.FieldError;
import freemarker.template.Template;

/**
 * The fields a document cannot be issued without, as its template declares them in its header:
 *
 * <pre>{@code <#ftl attributes={"required": {"details.returnBy": "复学期限", "guardians[*].address": "监护人住址"}}>}</pre>
 *
 * Keys are {@link ModelPath}s into the {@code DocumentModel}, values the Chinese labels shown to the officer. The
 * declaration sits beside the text that prints the field, so the two change together; the renderer checks it
 * before the template runs and reports every missing field in one error.
 */
final class MandatoryFields {

    static final String ATTRIBUTE = "required";

    private final Map<ModelPath, String> labels;

    private MandatoryFields(Map<ModelPath, String> labels) {
        this.labels = labels;
    }

    /** Reads the declaration of a template; a template without one, or with a malformed one, is a bug. */
    static MandatoryFields declaredBy(Template template) {
        Object declared = template.getCustomAttribute(ATTRIBUTE);
        if (!(declared instanceof Map<?, ?> map) || map.isEmpty()) {
            throw new IllegalStateException(template.getName() + " declares no mandatory fields: its header needs "
                    + "<#ftl attributes={\"" + ATTRIBUTE + "\": {\"path\": \"标签\", …}}>");
        }
        Map<ModelPath, String> labels = new LinkedHashMap<>();
        map.forEach((path, label) -> {
            if (!(path instanceof String p) || !(label instanceof String l) || l.isBlank()) {
                throw new IllegalStateException(template.getName() + ": mandatory field " + path
                        + " needs a path and a Chinese label");
            }
            labels.put(ModelPath.parse(p), l);
        });
        return new MandatoryFields(labels);
    }

    /** The declared paths and their labels, in declaration order (for forms that mark mandatory inputs). */
    Map<String, String> labels() {
        Map<String, String> out = new LinkedHashMap<>();
        labels.forEach((path, label) -> out.put(path.text(), label));
        return out;
    }

    /**
     * Every missing field of {@code model}, in declaration order, each once: field = the concrete path
     * ({@code guardians[1].address}), message = label (with the element's place when the list has several) + 未填写.
     */
    List<FieldError> missingIn(Object model) {
        List<FieldError> errors = new ArrayList<>();
        Set<String> seen = new LinkedHashSet<>();
        labels.forEach((path, label) -> {
            for (ModelPath.Found found : path.resolve(model)) {
                if (ModelPath.isMissing(found.value()) && seen.add(found.path())) {
                    String which = found.count() > 1 ? "（第" + found.position() + "项）" : "";
                    errors.add(new FieldError(found.path(), label + which + "未填写"));
                }
            }
        });
        return errors;
    }
}
