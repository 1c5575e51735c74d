package org.panel4j.param;

import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.panel4j.session.Session;

/**
 * One parameter change as a watcher receives it (immutable).
 *
 * @param param    the parameter
 * @param oldValue the value before
 * @param newValue the value after
 * @param type     why the watcher is called
 * @param origin   whether the browser or server code made the change
 * @param session  the session the watcher runs in, or null outside any session
 * @param <T>      the value type
 */
public record Change<T>(
        Param<T> param,
        @Nullable T oldValue,
        @Nullable T newValue,
        ChangeType type,
        Origin origin,
        @Nullable Session session) {

    /** Validates the required fields. */
    public Change {
        Objects.requireNonNull(param, "param");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(origin, "origin");
    }

    /** The parameter's name, e.g. {@code "value"}. */
    public String name() {
        return param.name();
    }

    /** The object that owns the parameter. */
    public Parameterized owner() {
        return param.owner();
    }

    /** The change for messages; a secret parameter's values show as {@code (hidden)}. */
    @Override
    public String toString() {
        return "Change[" + param + ", " + param.shown(oldValue) + " -> " + param.shown(newValue) + ", " + type
                + ", " + origin + "]";
    }

    Change<T> in(@Nullable Session scope) {
        return scope == session ? this : new Change<>(param, oldValue, newValue, type, origin, scope);
    }
}
