package org.panel4j.param;

import org.jspecify.annotations.Nullable;
import org.panel4j.session.Session;

/**
 * How a watcher is called (Param's {@code watch} keywords).
 *
 * @param onlyChanged false to be called also when a value is set to what it was (default true)
 * @param precedence  lower runs first (default 0)
 * @param queued      true to queue changes the watcher itself causes, delivering them after it returns,
 *                    instead of calling it again re-entrantly (default false)
 * @param session     the session whose lock the watcher runs under and with whose end it is removed;
 *                    null (the default) means the session of the component the parameter belongs to
 * @param kind        what the callback is to a reader of error reports: {@code "watcher"} (the default),
 *                    {@code "click"} for a button's {@code onClick}
 */
public record WatchOptions(boolean onlyChanged, int precedence, boolean queued, @Nullable Session session, String kind) {

    /** The defaults: only changes, precedence 0, not queued, the owner's session, kind "watcher". */
    public static final WatchOptions DEFAULT = new WatchOptions(true, 0, false, null, "watcher");

    /** Checks the kind. */
    public WatchOptions {
        java.util.Objects.requireNonNull(kind, "kind");
    }

    /** Options of kind "watcher". */
    public WatchOptions(boolean onlyChanged, int precedence, boolean queued, @Nullable Session session) {
        this(onlyChanged, precedence, queued, session, "watcher");
    }

    /** A copy with {@code onlyChanged} set. */
    public WatchOptions onlyChanged(boolean value) {
        return new WatchOptions(value, precedence, queued, session, kind);
    }

    /** A copy with {@code precedence} set. */
    public WatchOptions precedence(int value) {
        return new WatchOptions(onlyChanged, value, queued, session, kind);
    }

    /** A copy with {@code queued} set. */
    public WatchOptions queued(boolean value) {
        return new WatchOptions(onlyChanged, precedence, value, session, kind);
    }

    /** A copy bound to {@code value}: runs under its lock, removed when it ends. */
    public WatchOptions session(@Nullable Session value) {
        return new WatchOptions(onlyChanged, precedence, queued, value, kind);
    }

    /** A copy whose errors are reported as a callback of {@code value} (e.g. {@code "click"}). */
    public WatchOptions kind(String value) {
        return new WatchOptions(onlyChanged, precedence, queued, session, value);
    }
}
