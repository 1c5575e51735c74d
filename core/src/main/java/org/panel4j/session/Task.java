package org.panel4j.session;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.DoubleConsumer;

/**
 * One running async invocation: it can be cancelled (its thread is interrupted), it reports progress,
 * and it can be awaited. Owned by a session, which cancels it when the session ends.
 * All methods are thread-safe.
 */
public final class Task {

    private final CountDownLatch done = new CountDownLatch(1);
    private final List<DoubleConsumer> progressListeners = new CopyOnWriteArrayList<>();
    private volatile boolean cancelled;
    private volatile double progress;
    private volatile Thread thread;

    Task() {}

    /** A task with no thread, for a body run directly (outside any session). */
    static Task detached() {
        return new Task();
    }

    void bind(Thread thread) {
        this.thread = thread;
        if (cancelled) {
            thread.interrupt();
        }
    }

    void finish() {
        done.countDown();
    }

    /** Asks the task to stop: sets the cancel flag and interrupts its thread. Idempotent. */
    public void cancel() {
        cancelled = true;
        Thread t = thread;
        if (t != null && done.getCount() > 0) {
            t.interrupt();
        }
    }

    /** Whether {@link #cancel()} was called (by the user, a newer invocation or the session's end). */
    public boolean isCancelled() {
        return cancelled;
    }

    /** Whether the body has returned or thrown. */
    public boolean isDone() {
        return done.getCount() == 0;
    }

    /** Waits until the body has returned or thrown; returns false if the timeout passed first. */
    public boolean await(long timeout, TimeUnit unit) throws InterruptedException {
        return done.await(timeout, unit);
    }

    /** The last progress reported, between 0 and 1. */
    public double progress() {
        return progress;
    }

    /**
     * Reports progress between 0 and 1 (clamped); listeners run on the calling thread.
     *
     * @throws IllegalArgumentException if {@code fraction} is NaN
     */
    public void setProgress(double fraction) {
        if (Double.isNaN(fraction)) {
            throw new IllegalArgumentException("Task.progress must be a number between 0 and 1, not NaN");
        }
        progress = Math.max(0, Math.min(1, fraction));
        for (DoubleConsumer listener : progressListeners) {
            listener.accept(progress);
        }
    }

    /** Calls {@code listener} with each progress report; cancel the returned handle to stop. */
    public Registration onProgress(DoubleConsumer listener) {
        progressListeners.add(listener);
        return () -> progressListeners.remove(listener);
    }
}
