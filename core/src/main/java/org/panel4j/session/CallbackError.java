package org.panel4j.session;

import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * An exception thrown by user code in any kind of callback, as the error pipeline receives it.
 *
 * @param exception the exception
 * @param kind      which kind of callback threw, e.g. {@code "watcher"}, {@code "async"}, {@code "periodic"}
 * @param event     the event the callback was handling, if any
 * @param source    the component or object the callback belongs to, if any
 * @param session   the session, if the callback ran in one
 */
public record CallbackError(
        Throwable exception,
        String kind,
        @Nullable Object event,
        @Nullable Object source,
        @Nullable Session session) {

    /** Validates the required fields. */
    public CallbackError {
        Objects.requireNonNull(exception, "exception");
        Objects.requireNonNull(kind, "kind");
    }
}
