package org.panel4j.session;

/**
 * A user callback: a plain blocking lambda that may throw. Wrap it with {@link Async#of} to run it
 * on its own virtual thread instead of synchronously under the session lock.
 *
 * @param <E> the event type
 */
@FunctionalInterface
public interface Callback<E> {

    /** Handles one event; any exception goes to the session's error pipeline. */
    void call(E event) throws Exception;
}
