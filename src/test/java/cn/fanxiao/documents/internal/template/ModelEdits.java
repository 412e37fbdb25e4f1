package cn.fanxiao.documents.internal.template;

import java.lang.reflect.Constructor;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Test helper: copies of an immutable record tree with one field blanked, or with everything optional removed.
 * Works through the canonical constructors, so the records' own normalisation (null lists → empty) applies.
 */
final class ModelEdits {

    private ModelEdits() {
    }

    /** {@code [*]} → {@code [0]}: the element a test blanks when a template requires every element. */
    static String concrete(String declaredPath) {
        return declaredPath.replace("[*]", "[0]");
    }

    /** A copy of {@code root} with the value at the concrete path (indices like {@code [0]}) set to null. */
    @SuppressWarnings("unchecked")
    static <T> T blank(T root, String concretePath) {
        return (T) blank(root, ModelPath.parse(concretePath).segments(), 0);
    }

    private static Object blank(Object record, List<ModelPath.Segment> segments, int i) {
        ModelPath.Segment segment = segments.get(i);
        return with(record, segment.name(), current -> {
            if (segment.index() == null) {
                return i == segments.size() - 1 ? null : blank(current, segments, i + 1);
            }
            List<Object> copy = new ArrayList<>((List<?>) current);
            int k = Integer.parseInt(segment.index());
            copy.set(k, blank(copy.get(k), segments, i + 1));
            return copy;
        });
    }

    /**
     * A copy of {@code root} keeping only what the declared paths need: every other record component becomes null
     * (primitives stay). Renders of this copy prove a template guards each optional field.
     */
    static <T> T minimal(T root, Set<String> declaredPaths) {
        Set<String> keep = declaredPaths.stream().map(p -> p.replaceAll("\\[\\d+]", "[*]")).collect(Collectors.toSet());
        @SuppressWarnings("unchecked")
        T pruned = (T) prune(root, "", keep);
        return pruned;
    }

    private static Object prune(Object value, String path, Set<String> keep) {
        if (value instanceof List<?> list) {
            return list.stream().map(e -> prune(e, path + "[*]", keep)).toList();
        }
        if (value == null || !value.getClass().isRecord()) {
            return value;
        }
        Object result = value;
        for (RecordComponent c : value.getClass().getRecordComponents()) {
            String childPath = path.isEmpty() ? c.getName() : path + "." + c.getName();
            boolean needed = keep.stream().anyMatch(k -> k.equals(childPath) || k.startsWith(childPath + ".")
                    || k.startsWith(childPath + "["));
            if (c.getType().isPrimitive()) {
                continue;
            }
            result = with(result, c.getName(), current -> needed ? prune(current, childPath, keep) : null);
        }
        return result;
    }

    private interface Change {
        Object apply(Object current);
    }

    private static Object with(Object record, String name, Change change) {
        RecordComponent[] components = record.getClass().getRecordComponents();
        Object[] values = new Object[components.length];
        Class<?>[] types = new Class<?>[components.length];
        boolean found = false;
        try {
            for (int k = 0; k < components.length; k++) {
                types[k] = components[k].getType();
                values[k] = components[k].getAccessor().invoke(record);
                if (components[k].getName().equals(name)) {
                    values[k] = change.apply(values[k]);
                    found = true;
                }
            }
            if (!found) {
                throw new IllegalArgumentException(record.getClass().getSimpleName() + " has no " + name);
            }
            Constructor<?> canonical = record.getClass().getDeclaredConstructor(types);
            return canonical.newInstance(values);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }
}
