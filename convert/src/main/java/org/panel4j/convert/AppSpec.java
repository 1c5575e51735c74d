package org.panel4j.convert;

import java.util.Locale;
import java.util.Objects;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * One app to convert, as the command line names it: {@code [name=]class[::method]}. The class is a
 * binary class name; the method, if named, a public static method without parameters returning
 * {@code org.panel4j.App}. Without a method the class must have {@code public static App app()} or a
 * {@code main} calling {@code InPage.run}. The name is the app's folder in the site; it defaults to the
 * class's simple name in snake case ({@code AsyncClick} is {@code async_click}).
 *
 * @param name the app's folder in the site
 * @param className the class, a binary name
 * @param method the static method returning the app, or {@code null} to look for {@code app()} or {@code main}
 */
public record AppSpec(String name, String className, @Nullable String method) {

    private static final Pattern NAME = Pattern.compile("[a-z0-9][a-z0-9_-]{0,63}");
    private static final Pattern CLASS = Pattern.compile("\\p{javaJavaIdentifierStart}\\p{javaJavaIdentifierPart}*"
            + "(\\.\\p{javaJavaIdentifierStart}\\p{javaJavaIdentifierPart}*)*");
    private static final Pattern METHOD = Pattern.compile("\\p{javaJavaIdentifierStart}\\p{javaJavaIdentifierPart}*");

    /** Checks the parts. */
    public AppSpec {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(className, "className");
        if (!NAME.matcher(name).matches()) {
            throw new IllegalArgumentException("app name '" + bounded(name) + "' must be 1 to 64 of a-z, 0-9, _ and -,"
                    + " starting with a letter or digit (it is the app's folder in the site)");
        }
        checkClassName(className);
        if (method != null && !METHOD.matcher(method).matches()) {
            throw new IllegalArgumentException("'" + bounded(method) + "' is not a method name");
        }
    }

    /** Parses {@code [name=]class[::method]}. */
    public static AppSpec parse(String text) {
        Objects.requireNonNull(text, "text");
        String rest = text.strip();
        String name = null;
        int equals = rest.indexOf('=');
        if (equals >= 0) {
            name = rest.substring(0, equals).strip();
            rest = rest.substring(equals + 1).strip();
        }
        String method = null;
        int colons = rest.indexOf("::");
        if (colons >= 0) {
            method = rest.substring(colons + 2).strip();
            rest = rest.substring(0, colons).strip();
        }
        if (rest.isEmpty()) {
            throw new IllegalArgumentException("'" + bounded(text) + "' names no class: write [name=]class[::method],"
                    + " e.g. com.example.MyApp or dashboard=com.example.Apps::dashboard");
        }
        checkClassName(rest);
        return new AppSpec(name != null ? name : defaultName(rest), rest, method);
    }

    private static void checkClassName(String className) {
        if (!CLASS.matcher(className).matches()) {
            throw new IllegalArgumentException("'" + bounded(className) + "' is not a class name (e.g. com.example.MyApp)");
        }
    }

    /** {@code com.example.AsyncClick} is {@code async_click}; a nested class's simple name counts. */
    static String defaultName(String className) {
        String simple = className.substring(Math.max(className.lastIndexOf('.'), className.lastIndexOf('$')) + 1);
        return simple.replaceAll("([a-z0-9])([A-Z])", "$1_$2").toLowerCase(Locale.ROOT);
    }

    private static String bounded(String text) {
        return text.length() <= 100 ? text : text.substring(0, 100) + "…";
    }
}
