package org.panel4j.session;

import java.time.Duration;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import org.panel4j.session.internal.Threads;

/**
 * The real clock: one daemon timer thread that hands each due action to a fresh virtual thread,
 * so a slow action never delays another. Shared by all sessions of a server; {@link #close()} it last.
 */
public final class SystemScheduler implements Scheduler, AutoCloseable {

    private final ScheduledThreadPoolExecutor timer;

    /** Starts the timer thread. */
    public SystemScheduler() {
        timer = new ScheduledThreadPoolExecutor(1, runnable -> {
            Thread thread = new Thread(runnable, "panel4j-timer");
            thread.setDaemon(true);
            return thread;
        });
        timer.setRemoveOnCancelPolicy(true);
    }

    @Override
    public long nanoTime() {
        return System.nanoTime();
    }

    @Override
    public Registration schedule(Duration delay, Runnable action) {
        ScheduledFuture<?> future = timer.schedule(
                () -> Threads.startVirtual("panel4j-scheduled", action),
                Math.max(0, delay.toNanos()), TimeUnit.NANOSECONDS);
        return () -> future.cancel(false);
    }

    /** Stops the timer; pending actions never run. Idempotent. */
    @Override
    public void close() {
        timer.shutdownNow();
    }
}
