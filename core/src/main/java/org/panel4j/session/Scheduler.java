package org.panel4j.session;

import java.time.Duration;

/**
 * The clock that periodic callbacks, loading delays and timeouts run on. The server uses
 * {@link SystemScheduler}; tests use {@code ManualScheduler} and advance time instead of sleeping.
 */
public interface Scheduler {

    /** A monotonic time in nanoseconds. */
    long nanoTime();

    /**
     * Runs {@code action} once after {@code delay}, on a thread of the scheduler's choosing
     * (a virtual thread for the system scheduler). Cancelling before it runs prevents it.
     */
    Registration schedule(Duration delay, Runnable action);
}
