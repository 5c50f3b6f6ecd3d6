package io.github.devinapi.bench;

import java.lang.annotation.Annotation;
import java.lang.reflect.Field;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.TearDown;

/**
 * A JMH benchmark class's state driven by hand, outside JMH's harness: its {@code @Param} fields set, its
 * {@code @Setup} and {@code @TearDown} methods called, so that {@link Interleaved} can call the benchmark methods
 * of one instance directly.
 */
final class JmhState {

    private final Class<?> type;
    private final Object state;

    private JmhState(Class<?> type, Object state) {
        this.type = type;
        this.state = state;
    }

    /** A new instance of {@code type} with these {@code @Param} values; not set up yet. */
    static JmhState create(Class<?> type, Map<String, String> params) throws ReflectiveOperationException {
        JmhState created = new JmhState(type, type.getDeclaredConstructor().newInstance());
        params.forEach(created::setParam);
        return created;
    }

    Class<?> type() {
        return type;
    }

    Object instance() {
        return state;
    }

    void setUp() throws IllegalAccessException {
        run(Setup.class);
    }

    void tearDown() throws IllegalAccessException {
        run(TearDown.class);
    }

    private void setParam(String name, String value) {
        for (Class<?> c = type; c != null; c = c.getSuperclass()) {
            try {
                Field field = c.getDeclaredField(name);
                field.setAccessible(true);
                if (field.getType() == int.class) {
                    field.setInt(state, Integer.parseInt(value));
                } else if (field.getType() == long.class) {
                    field.setLong(state, Long.parseLong(value));
                } else {
                    field.set(state, value);
                }
                return;
            } catch (NoSuchFieldException e) {
                // a superclass may declare it
            } catch (IllegalAccessException e) {
                throw new IllegalStateException(e);
            }
        }
        throw new IllegalArgumentException(type + " has no @Param field " + name);
    }

    /**
     * Calls the state's methods annotated with {@code annotation}, once each: trial level before iteration level,
     * superclasses first (for a tear-down, the reverse).
     */
    private void run(Class<? extends Annotation> annotation) throws IllegalAccessException {
        List<Class<?>> hierarchy = new ArrayList<>();
        for (Class<?> c = type; c != null && c != Object.class; c = c.getSuperclass()) {
            hierarchy.add(0, c);
        }
        List<Method> methods = new ArrayList<>();
        for (Level level : Level.values()) {
            for (Class<?> c : hierarchy) {
                for (Method method : c.getDeclaredMethods()) {
                    if (level(method, annotation) == level) {
                        methods.add(method);
                    }
                }
            }
        }
        if (annotation == TearDown.class) {
            Collections.reverse(methods);
        }
        for (Method method : methods) {
            try {
                method.setAccessible(true);
                method.invoke(state);
            } catch (InvocationTargetException e) {
                throw new IllegalStateException(method + " failed", e.getCause());
            }
        }
    }

    /** The level {@code method} is annotated {@code @Setup} or {@code @TearDown} at, or null. */
    private static Level level(Method method, Class<? extends Annotation> annotation) {
        if (annotation == Setup.class) {
            return method.isAnnotationPresent(Setup.class)
                    ? method.getAnnotation(Setup.class).value()
                    : null;
        }
        return method.isAnnotationPresent(TearDown.class)
                ? method.getAnnotation(TearDown.class).value()
                : null;
    }
}
