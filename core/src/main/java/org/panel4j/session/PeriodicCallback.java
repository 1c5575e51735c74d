package org.panel4j.session;

import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.ReentrantLock;
import org.jspecify.annotations.Nullable;

/**
 * A callback run every {@link #period()} on the host's clock, sync (holding the session lock) or
 * {@link Async}. It never overlaps itself unless {@link Overlap#ALLOW allowed}; it stops after
 * {@link #count()} runs, after {@link #timeout()}, on {@link #stop()}, or when its session ends.
 * Configure it from any thread; changes apply from the next tick. As a {@link Registration},
 * {@link #cancel()} stops it (it may be started again).
 */
public final class PeriodicCallback implements Registration {

    /** What a tick does while the previous run still runs. */
    public enum Overlap {
        /** Skip the tick (Bokeh's behaviour; the default). */
        SKIP,
        /** Run anyway, side by side. */
        ALLOW
    }

    /** How ticks are spaced. */
    public enum Timing {
        /** Ticks at start + k × period, whatever the runs take (the default). */
        FIXED_RATE,
        /** The next tick comes one period after the previous run finished. */
        FIXED_DELAY
    }

    /** Runs the callback for one tick and calls {@code onDone} once it has finished. */
    @FunctionalInterface
    interface Runner {
        void run(Callback<PeriodicCallback> callback, PeriodicCallback tick, Runnable onDone);
    }

    private final Scheduler scheduler;
    private final Callback<PeriodicCallback> callback;
    private final Runner runner;
    private final ReentrantLock lock = new ReentrantLock();
    private final AtomicLong counter = new AtomicLong();
    private final AtomicLong inFlight = new AtomicLong();
    private final AtomicBoolean running = new AtomicBoolean();
    private volatile Duration period;
    private volatile int count;
    private volatile @Nullable Duration timeout;
    private volatile Overlap overlap = Overlap.SKIP;
    private volatile Timing timing = Timing.FIXED_RATE;
    private long generation;
    private long startNanos;
    private long ticks;
    private @Nullable Registration nextTick;

    PeriodicCallback(Scheduler scheduler, Callback<PeriodicCallback> callback, Duration period, Runner runner) {
        this.scheduler = scheduler;
        this.callback = Objects.requireNonNull(callback, "callback");
        this.runner = runner;
        this.period = checkPeriod(period);
    }

    private static Duration checkPeriod(Duration period) {
        Objects.requireNonNull(period, "period");
        if (period.isNegative() || period.isZero()) {
            throw new IllegalArgumentException("PeriodicCallback.period must be positive, not " + period);
        }
        return period;
    }

    /** The time between ticks. */
    public Duration period() {
        return period;
    }

    /** Sets the time between ticks; must be positive. */
    public PeriodicCallback period(Duration newPeriod) {
        this.period = checkPeriod(newPeriod);
        return this;
    }

    /** How many runs before it stops by itself; 0 means no limit. */
    public int count() {
        return count;
    }

    /** Sets how many runs before it stops by itself; 0 means no limit. */
    public PeriodicCallback count(int newCount) {
        if (newCount < 0) {
            throw new IllegalArgumentException("PeriodicCallback.count must be at least 0, not " + newCount);
        }
        this.count = newCount;
        return this;
    }

    /** How long after its start it stops by itself, if set. */
    public @Nullable Duration timeout() {
        return timeout;
    }

    /** Sets how long after its start it stops by itself; null for never. */
    public PeriodicCallback timeout(@Nullable Duration newTimeout) {
        this.timeout = newTimeout;
        return this;
    }

    /** Sets what a tick does while the previous run still runs. */
    public PeriodicCallback overlap(Overlap newOverlap) {
        this.overlap = Objects.requireNonNull(newOverlap, "overlap");
        return this;
    }

    /** Sets how ticks are spaced. */
    public PeriodicCallback timing(Timing newTiming) {
        this.timing = Objects.requireNonNull(newTiming, "timing");
        return this;
    }

    /** How many times the callback has been started since the last {@link #start()}. */
    public long counter() {
        return counter.get();
    }

    /** Whether ticks are scheduled. */
    public boolean isRunning() {
        return running.get();
    }

    /** Starts ticking (the first run one period from now), resetting the counter; no-op if running. */
    public PeriodicCallback start() {
        lock.lock();
        try {
            if (running.compareAndSet(false, true)) {
                generation++;
                counter.set(0);
                ticks = 0;
                startNanos = scheduler.nanoTime();
                scheduleLocked(period, generation);
            }
        } finally {
            lock.unlock();
        }
        return this;
    }

    /** The same as {@link #stop()}. */
    @Override
    public void cancel() {
        stop();
    }

    /** Stops ticking; a run under way finishes (an async one is not interrupted). Idempotent. */
    public void stop() {
        lock.lock();
        try {
            running.set(false);
            generation++;
            if (nextTick != null) {
                nextTick.cancel();
                nextTick = null;
            }
        } finally {
            lock.unlock();
        }
    }

    private void scheduleLocked(Duration delay, long gen) {
        nextTick = scheduler.schedule(delay, () -> tick(gen));
    }

    private void tick(long gen) {
        lock.lock();
        try {
            if (gen != generation || !running.get()) {
                return;
            }
            ticks++;
            if (isExpiredLocked()) {
                stop();
                return;
            }
            boolean skip = overlap == Overlap.SKIP && inFlight.get() > 0;
            if (timing == Timing.FIXED_RATE || skip) {
                long due = startNanos + (ticks + 1) * period.toNanos();
                scheduleLocked(Duration.ofNanos(Math.max(0, due - scheduler.nanoTime())), gen);
            }
            if (skip) {
                return;
            }
            counter.incrementAndGet();
            inFlight.incrementAndGet();
        } finally {
            lock.unlock();
        }
        runner.run(callback, this, () -> finished(gen));
    }

    private boolean isExpiredLocked() {
        Duration limit = timeout;
        return (count > 0 && counter.get() >= count)
                || (limit != null && scheduler.nanoTime() - startNanos >= limit.toNanos());
    }

    private void finished(long gen) {
        inFlight.decrementAndGet();
        lock.lock();
        try {
            if (gen != generation || !running.get()) {
                return;
            }
            if (count > 0 && counter.get() >= count) {
                stop();
            } else if (timing == Timing.FIXED_DELAY) {
                scheduleLocked(period, gen);
            }
        } finally {
            lock.unlock();
        }
    }

    @Override
    public String toString() {
        return "PeriodicCallback[period=" + period + ", counter=" + counter.get() + ", running=" + running.get() + "]";
    }
}
