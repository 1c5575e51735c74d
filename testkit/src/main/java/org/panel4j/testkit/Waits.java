package org.panel4j.testkit;

import java.time.Duration;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;

/** Polls a condition until it holds, never sleeping a fixed time for a result (docs/concurrency.md). */
public final class Waits {

    private Waits() {}

    /** Waits until {@code condition} holds; fails naming {@code what} (built at the timeout) otherwise. */
    public static void until(BooleanSupplier condition, Duration timeout, Supplier<String> what) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("Timed out after " + timeout + " waiting for " + what.get());
            }
            try {
                Thread.sleep(1);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError("Interrupted waiting for " + what.get(), e);
            }
        }
    }

    /** Waits up to {@code timeout} until {@code condition} holds. */
    public static void until(BooleanSupplier condition, Duration timeout, String what) {
        until(condition, timeout, () -> what);
    }

    /**
     * Waits up to 30 s until {@code condition} holds: long, since only a failure waits that long, and a
     * busy machine may take seconds for what takes milliseconds when idle (docs/testing.md).
     */
    public static void until(BooleanSupplier condition, String what) {
        until(condition, Duration.ofSeconds(30), () -> what);
    }

    /** Waits until {@code thread} is parked (blocked on a lock or a latch). */
    public static void untilParked(Thread thread) {
        until(() -> thread.getState() == Thread.State.WAITING || thread.getState() == Thread.State.TIMED_WAITING,
                Duration.ofSeconds(30), () -> thread.getName() + " to block (state " + thread.getState() + ")");
    }
}
