package org.panel4j.session;

/**
 * The handle every registration returns (watchers, click handlers, periodic callbacks).
 * {@link #cancel()} is idempotent and thread-safe; {@link #close()} is the same, for try-with-resources.
 */
@FunctionalInterface
public interface Registration extends AutoCloseable {

    /** Removes the registration; calling it again does nothing. */
    void cancel();

    @Override
    default void close() {
        cancel();
    }

    /** Returns a registration that cancels all the given ones, in order. */
    static Registration all(Registration... registrations) {
        var copy = registrations.clone();
        return () -> {
            for (Registration r : copy) {
                r.cancel();
            }
        };
    }
}
