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

    /**
     * Notes that the action being run started work that goes on after it returns (an async periodic
     * run; a session's task started by the action or by such work, in turn). A test clock runs its next due action only once that work has finished or waits on
     * something else (a latch, a sleep), so a test sees the runs a real clock would give; the real
     * clock ignores it.
     */
    default Work trackWork() {
        return Work.NONE;
    }

    /** Work a scheduled action started ({@link #trackWork}). */
    interface Work {

        /** Tracks nothing. */
        Work NONE = new Work() {
            @Override
            public void runsOn(Thread thread) {}

            @Override
            public void finished() {}
        };

        /** The thread doing the work. */
        void runsOn(Thread thread);

        /** The work has finished (called once; later calls do nothing). */
        void finished();
    }
}
