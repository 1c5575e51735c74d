package org.panel4j.convert;

import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * An {@link AppSpec} checked against the class path: its class exists and is an app, either through a
 * public static method without parameters returning {@code org.panel4j.App} ({@link #factory}) or through
 * its own {@code main} (then {@link #factory} is {@code null}).
 *
 * @param spec what the command line said
 * @param factory the static method returning the app, or {@code null} for a class with its own {@code main}
 */
record AppEntry(AppSpec spec, @Nullable Method factory) {

    static final String APP = "org.panel4j.App";

    AppEntry {
        Objects.requireNonNull(spec, "spec");
    }

    /** Finds {@code spec}'s class through {@code loader} and checks that it is an app. */
    static AppEntry resolve(AppSpec spec, ClassLoader loader) {
        Class<?> app = load(APP, loader, "panel4j-core is not on the class path (no " + APP + ")");
        Class<?> type = load(spec.className(), loader, "no class " + spec.className() + " on the class path");
        if (spec.method() != null) {
            Method method = publicMethod(type, spec.method());
            if (method == null || !Modifier.isStatic(method.getModifiers()) || !app.isAssignableFrom(method.getReturnType())) {
                throw new ConvertException(spec.className() + "::" + spec.method() + " is not an app: it must be a public"
                        + " static method without parameters returning " + APP);
            }
            return new AppEntry(spec, method);
        }
        Method factory = publicMethod(type, "app");
        if (factory != null && Modifier.isStatic(factory.getModifiers()) && app.isAssignableFrom(factory.getReturnType())) {
            return new AppEntry(spec, factory);
        }
        try {
            Method main = type.getMethod("main", String[].class);
            if (Modifier.isStatic(main.getModifiers()) && main.getReturnType() == void.class) {
                return new AppEntry(spec, null);
            }
        } catch (NoSuchMethodException e) {
            // not an app: said below
        }
        throw new ConvertException(spec.className() + " is not an app: it has neither a public static method app()"
                + " returning " + APP + " nor a main(String[]) calling InPage.run; name a static method returning"
                + " the app as " + spec.className() + "::method");
    }

    private static Class<?> load(String name, ClassLoader loader, String missing) {
        try {
            return Class.forName(name, false, loader);
        } catch (ClassNotFoundException e) {
            throw new ConvertException(missing, e);
        } catch (LinkageError e) {
            throw new ConvertException(name + " cannot be loaded: " + e, e);
        }
    }

    private static @Nullable Method publicMethod(Class<?> type, String name) {
        try {
            return type.getMethod(name);
        } catch (NoSuchMethodException e) {
            return null;
        }
    }
}
