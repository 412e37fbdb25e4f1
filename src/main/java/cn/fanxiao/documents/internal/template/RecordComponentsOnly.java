package cn.fanxiao.documents.internal.template;

import java.lang.reflect.Constructor;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.RecordComponent;

import freemarker.ext.beans.ClassMemberAccessPolicy;
import freemarker.ext.beans.MemberAccessPolicy;

/**
 * What templates may see of Java objects: the components of records (the document model) and nothing else. The
 * default policy would still show {@code obj.class} and a good part of {@link Class}'s API; documents never need
 * it. Lists, maps, strings, numbers and booleans are wrapped without introspection and stay usable. (Freemarker
 * still prints any object through {@code toString()}, so {@code ${someDate}} would show an ISO date: templates
 * must use {@code cnDate(…)}, and the renderer tests check no ISO date reaches the page.)
 */
final class RecordComponentsOnly implements MemberAccessPolicy {

    static final RecordComponentsOnly INSTANCE = new RecordComponentsOnly();

    private static final ClassMemberAccessPolicy POLICY = new ClassMemberAccessPolicy() {
        @Override
        public boolean isMethodExposed(Method method) {
            Class<?> owner = method.getDeclaringClass();
            if (!owner.isRecord() || method.getParameterCount() != 0) {
                return false;
            }
            for (RecordComponent component : owner.getRecordComponents()) {
                if (component.getAccessor().equals(method)) {
                    return true;
                }
            }
            return false;
        }

        @Override
        public boolean isConstructorExposed(Constructor<?> constructor) {
            return false;
        }

        @Override
        public boolean isFieldExposed(Field field) {
            return false;
        }
    };

    private RecordComponentsOnly() {
    }

    @Override
    public ClassMemberAccessPolicy forClass(Class<?> contextClass) {
        return POLICY;
    }

    @Override
    public boolean isToStringAlwaysExposed() {
        return false;
    }
}
