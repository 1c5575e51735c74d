package org.panel4j.browser.swap.org.panel4j.session;

import java.time.Duration;
import org.panel4j.session.Registration;
import org.panel4j.session.Scheduler;

/**
 * The real clock in the page: each scheduled action waits on a green thread of its own (a sleep is a
 * {@code setTimeout} underneath) and then runs on a fresh one, as the JVM's timer hands it to a fresh
 * virtual thread.
 */
public final class SystemScheduler implements Scheduler, AutoCloseable {

    private volatile boolean closed;

    /** A clock; nothing starts until something is scheduled. */
    public SystemScheduler() {}

    @Override
    public long nanoTime() {
        return System.nanoTime();
    }

    @Override
    public Registration schedule(Duration delay, Runnable action) {
        long millis = Math.max(0, (delay.toNanos() + 999_999) / 1_000_000);
        var waiter = new Thread(() -> {
            try {
                Thread.sleep(millis);
            } catch (InterruptedException e) {
                return;
            }
            if (!closed) {
                new Thread(action, "panel4j-scheduled").start();
            }
        }, "panel4j-timer");
        waiter.start();
        return waiter::interrupt;
    }

    /** Stops the clock; pending actions never run. Idempotent. */
    @Override
    public void close() {
        closed = true;
    }
}
