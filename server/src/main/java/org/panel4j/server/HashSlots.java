package org.panel4j.server;

import java.time.Duration;
import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;

/**
 * Bounds password hashing: at most {@code running} checks at once (a fair semaphore, first come first
 * served), at most {@code waiting} more in line; a check beyond is refused at once with
 * {@link AuthThrottledException#busy} rather than queued. Thread-safe.
 */
final class HashSlots {

    private static final Duration RETRY = Duration.ofSeconds(1);

    private final Semaphore running;
    private final int bound;
    private final AtomicInteger inLine = new AtomicInteger();

    HashSlots(int running, int waiting) {
        this.running = new Semaphore(running, true);
        this.bound = running + waiting;
    }

    /** Runs {@code check} when a slot is free. @throws AuthThrottledException (503) if too many are in line */
    boolean run(BooleanSupplier check) {
        if (inLine.incrementAndGet() > bound) {
            inLine.decrementAndGet();
            throw AuthThrottledException.busy(RETRY);
        }
        try {
            running.acquire();
        } catch (InterruptedException e) {
            inLine.decrementAndGet();
            Thread.currentThread().interrupt();
            throw AuthThrottledException.busy(RETRY);
        }
        try {
            return check.getAsBoolean();
        } finally {
            running.release();
            inLine.decrementAndGet();
        }
    }
}
