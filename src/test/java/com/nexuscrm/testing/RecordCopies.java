package com.nexuscrm.testing;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;

/**
 * Field-by-field copies of records, so that an in-memory repository hands out detached objects as the store
 * does: editing what {@code find} returned changes nothing stored until it is saved. The records' fields are
 * all immutable values (strings, numbers, instants, enums, ids), so a shallow copy is a full one.
 */
final class RecordCopies {
    private RecordCopies() { }

    @SuppressWarnings("unchecked")
    static <T> T copy(T record) {
        try {
            var constructor = record.getClass().getDeclaredConstructor();
            constructor.setAccessible(true);
            T copy = (T) constructor.newInstance();
            for (Class<?> c = record.getClass(); c != Object.class; c = c.getSuperclass()) {
                for (Field f : c.getDeclaredFields()) {
                    if (!Modifier.isStatic(f.getModifiers()) && !f.isSynthetic()) {
                        f.setAccessible(true);
                        f.set(copy, f.get(record));
                    }
                }
            }
            return copy;
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("Cannot copy " + record.getClass().getName(), e);
        }
    }
}
