package cn.fanxiao.documents.internal.template;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A path into the document model as templates declare it: record components joined by dots, with list elements
 * as {@code [0]} (one element) or {@code [*]} (every element), e.g. {@code guardians[*].address},
 * {@code details.remedies.reconsiderationDays}. Read through the records' accessors, the same names the templates
 * use, so a declared path and the template's {@code ${…}} say the same thing.
 */
record ModelPath(String text, List<Segment> segments) {

    private static final Pattern SEGMENT = Pattern.compile("([A-Za-z][A-Za-z0-9]*)(?:\\[(\\*|\\d+)])?");

    /** One step: a component name and, for a list, which element(s). */
    record Segment(String name, String index) {
        boolean every() {
            return "*".equals(index);
        }
    }

    /** The value found at a concrete path (indices filled in); {@code value} is null where the path breaks off. */
    record Found(String path, Object value, int position, int count) {
    }

    static ModelPath parse(String text) {
        List<Segment> segments = new ArrayList<>();
        for (String part : text.split("\\.", -1)) {
            Matcher m = SEGMENT.matcher(part);
            if (!m.matches()) {
                throw new IllegalArgumentException("not a model path: " + text);
            }
            segments.add(new Segment(m.group(1), m.group(2)));
        }
        return new ModelPath(text, List.copyOf(segments));
    }

    /**
     * Every value the path reaches from {@code root}. A null on the way ends that branch with a null value at the
     * full path; {@code [*]} over an empty list yields one null at the declared path. For an element reached
     * through {@code [*]}, {@code position} is its 1-based place and {@code count} the list's size (else 0).
     *
     * @throws IllegalArgumentException when a name is not a component of the record it is applied to: a typo in a
     *                                  template's declaration, not a missing value
     */
    List<Found> resolve(Object root) {
        List<Found> found = new ArrayList<>();
        walk(root, 0, "", 0, 0, found);
        return found;
    }

    private void walk(Object current, int i, String prefix, int position, int count, List<Found> found) {
        if (i == segments.size()) {
            found.add(new Found(prefix, current, position, count));
            return;
        }
        if (current == null) {
            found.add(new Found(join(prefix, rest(i)), null, position, count));
            return;
        }
        Segment segment = segments.get(i);
        String here = join(prefix, segment.name());
        Object value = component(current, segment.name());
        if (segment.index() == null) {
            walk(value, i + 1, here, position, count, found);
            return;
        }
        if (value != null && !(value instanceof List<?>)) {
            throw new IllegalArgumentException(text + ": " + segment.name() + " is not a list");
        }
        List<?> list = value == null ? List.of() : (List<?>) value;
        if (segment.every()) {
            if (list.isEmpty()) {
                found.add(new Found(join(here + "[*]", rest(i + 1)), null, 0, 0));
            }
            for (int k = 0; k < list.size(); k++) {
                walk(list.get(k), i + 1, here + "[" + k + "]", k + 1, list.size(), found);
            }
        } else {
            int k = Integer.parseInt(segment.index());
            walk(k < list.size() ? list.get(k) : null, i + 1, here + "[" + k + "]", position, count, found);
        }
    }

    /** The declared segments from {@code i} on, for naming a path that breaks off early ("" when none). */
    private String rest(int i) {
        StringBuilder sb = new StringBuilder();
        for (int k = i; k < segments.size(); k++) {
            Segment s = segments.get(k);
            sb.append(k == i ? "" : ".").append(s.name());
            if (s.index() != null) {
                sb.append('[').append(s.index()).append(']');
            }
        }
        return sb.toString();
    }

    private static String join(String prefix, String more) {
        if (more.isEmpty()) {
            return prefix;
        }
        return prefix.isEmpty() ? more : prefix + "." + more;
    }

    private Object component(Object record, String name) {
        if (!record.getClass().isRecord()) {
            throw new IllegalArgumentException(text + ": " + record.getClass().getSimpleName() + " is not a record");
        }
        for (RecordComponent component : record.getClass().getRecordComponents()) {
            if (component.getName().equals(name)) {
                try {
                    return component.getAccessor().invoke(record);
                } catch (IllegalAccessException | InvocationTargetException e) {
                    throw new IllegalStateException("cannot read " + name + " of " + record.getClass(), e);
                }
            }
        }
        throw new IllegalArgumentException(text + ": " + record.getClass().getSimpleName() + " has no " + name);
    }

    /** Null, blank text, an empty list or map: nothing a document could print. */
    static boolean isMissing(Object value) {
        return value == null
                || value instanceof CharSequence text && text.toString().isBlank()
                || value instanceof Collection<?> collection && collection.isEmpty()
                || value instanceof Map<?, ?> map && map.isEmpty();
    }
}
