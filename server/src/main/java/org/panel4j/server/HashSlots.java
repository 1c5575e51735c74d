package org.panel4j.server;

import java.time.Duration;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;

/**
 * Bounds password hashing: at most {@code running} checks at once, at most {@code waiting} more in line
 * (first come, first served); a check beyond is refused at once with {@link AuthThrottledException#busy}
 * rather than queued. Checks run on their own <b>platform</b> threads, never on the caller's virtual
 * thread: a CPU-bound hash on a virtual thread would hold a carrier for its whole run, and a few of
 * them would stall every other request of the server (the OS time-slices platform threads; carriers
 * are not time-sliced). The threads end after 30 s without work. Thread-safe.
 */
final class HashSlots {

    private static final Duration RETRY = Duration.ofSeconds(1);

    private final ThreadPoolExecutor hashers;
    private final int bound;
    private final AtomicInteger inLine = new AtomicInteger();

    HashSlots(int running, int waiting) {
        this.hashers = new ThreadPoolExecutor(running, running, 30, TimeUnit.SECONDS, new LinkedBlockingQueue<>(),
                Thread.ofPlatform().daemon().name("panel4j-password-check-", 1).factory());
        hashers.allowCoreThreadTimeOut(true);
        this.bound = running + waiting;
    }

    /** Runs {@code check} on a hashing thread when one is free and waits for it. @throws AuthThrottledException (503) if too many are in line */
    boolean run(BooleanSupplier check) {
        if (inLine.incrementAndGet() > bound) {
            inLine.decrementAndGet();
            throw AuthThrottledException.busy(RETRY);
        }
        Future<Boolean> result;
        try {
            result = hashers.submit(() -> {
                try {
                    return check.getAsBoolean();
                } finally {
                    inLine.decrementAndGet();
                }
            });
        } catch (RuntimeException e) {
            inLine.decrementAndGet();
            throw e;
        }
        try {
            return result.get();
        } catch (InterruptedException e) {
            if (result.cancel(false)) { // not started: it never runs, so it leaves the line here
                inLine.decrementAndGet();
            } // started: it finishes unseen and leaves the line itself
            Thread.currentThread().interrupt();
            throw AuthThrottledException.busy(RETRY);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException runtime) {
                throw runtime;
            }
            throw new IllegalStateException("password check failed", e.getCause());
        }
    }
}
