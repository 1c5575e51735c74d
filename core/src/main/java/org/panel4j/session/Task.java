package org.panel4j.session;

import java.util.List;
import java.util.Objects;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReferenceFieldUpdater;
import java.util.function.DoubleConsumer;
import org.jspecify.annotations.Nullable;

/**
 * One running async invocation: it can be cancelled (its thread is interrupted), it reports progress,
 * and it can be awaited. Owned by a session, which cancels it when the session ends.
 * It is the {@link Registration} of its invocation: {@link #cancel()} is idempotent. All methods are thread-safe.
 */
public final class Task implements Registration {

    // field updaters rather than VarHandles: TeaVM has these (docs/decisions/0026-browser-build-with-teavm.md)
    private static final AtomicReferenceFieldUpdater<Task, CountDownLatch> DONE_LATCH =
            AtomicReferenceFieldUpdater.newUpdater(Task.class, CountDownLatch.class, "doneLatch");
    @SuppressWarnings({"rawtypes", "unchecked"})
    private static final AtomicReferenceFieldUpdater<Task, List<DoubleConsumer>> LISTENERS =
            (AtomicReferenceFieldUpdater) AtomicReferenceFieldUpdater.newUpdater(Task.class, List.class,
                    "progressListeners");

    // a task is made for every async invocation: what only some of them use is created on first use
    private volatile boolean done;
    private volatile @Nullable CountDownLatch doneLatch;               // created by the first await()
    private volatile @Nullable List<DoubleConsumer> progressListeners; // created by the first onProgress()
    private volatile boolean cancelled;
    private volatile double progress;
    private volatile @Nullable Thread thread;
    /** The neighbours in its {@link TaskGroup}'s list of running tasks; guarded by the group's lock. */
    @Nullable Task prev;
    @Nullable Task next;

    Task() {}

    /** A task with no thread, for a body run directly (outside any session). */
    static Task detached() {
        return new Task();
    }

    /** The thread running the body, once started. */
    @Nullable Thread thread() {
        return thread;
    }

    void bind(Thread thread) {
        this.thread = thread;
        if (cancelled) {
            thread.interrupt();
        }
    }

    void finish() {
        done = true;
        CountDownLatch latch = doneLatch;
        if (latch != null) {
            latch.countDown();
        }
    }

    /** Asks the task to stop: sets the cancel flag and interrupts its thread. Idempotent. */
    @Override
    public void cancel() {
        cancelled = true;
        Thread t = thread;
        if (t != null && !done) {
            t.interrupt();
        }
    }

    /** Whether {@link #cancel()} was called (by the user, a newer invocation or the session's end). */
    public boolean isCancelled() {
        return cancelled;
    }

    /** Whether the body has returned or thrown. */
    public boolean isDone() {
        return done;
    }

    /** Waits until the body has returned or thrown; returns false if the timeout passed first. */
    public boolean await(long timeout, TimeUnit unit) throws InterruptedException {
        if (done) {
            return true;
        }
        CountDownLatch latch = doneLatch;
        if (latch == null) {
            DONE_LATCH.compareAndSet(this, null, new CountDownLatch(1));
            latch = doneLatch;
        }
        // finish() writes done, then reads doneLatch; this wrote doneLatch, now reads done: one sees the other
        return done || latch.await(timeout, unit);
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
        List<DoubleConsumer> listeners = progressListeners;
        if (listeners != null) {
            for (DoubleConsumer listener : listeners) {
                listener.accept(progress);
            }
        }
    }

    /** Calls {@code listener} with each progress report; cancel the returned handle to stop. */
    public Registration onProgress(DoubleConsumer listener) {
        Objects.requireNonNull(listener, "listener");
        List<DoubleConsumer> listeners = progressListeners;
        if (listeners == null) {
            LISTENERS.compareAndSet(this, null, new CopyOnWriteArrayList<DoubleConsumer>());
            listeners = progressListeners;
        }
        listeners.add(listener);
        List<DoubleConsumer> registered = listeners;
        return () -> registered.remove(listener);
    }
}
