package org.panel4j.testing;

import java.time.Duration;
import java.util.List;
import java.util.PriorityQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.locks.LockSupport;
import java.util.concurrent.locks.ReentrantLock;
import org.jspecify.annotations.Nullable;
import org.panel4j.session.Registration;
import org.panel4j.session.Scheduler;

/**
 * A clock that moves only when a test calls {@link #advance}: due actions then run in time order on
 * the advancing thread, each once the async work the previous one started ({@link Scheduler#trackWork}:
 * an async periodic run, a task it submits, an async callback or bind evaluation its changes set off,
 * and what those start in turn) has finished or waits on something outside the clock (a latch the test holds, a real
 * sleep), so a test sees the runs a real clock would give. Makes periodic callbacks, binds, loading
 * delays and timeouts deterministic and fast.
 */
public final class ManualScheduler implements Scheduler {

    /** How long, in real time, a run must stay waiting before the clock goes on without it. */
    private static final long WAITING_NANOS = Duration.ofMillis(50).toNanos();
    /** The same for a run waiting for a lock: locks are held briefly, but a busy machine may deschedule the holder. */
    private static final long LOCK_WAITING_NANOS = Duration.ofSeconds(1).toNanos();
    /** How long, in real time, {@link #advance} waits for a run at most. */
    private static final long RUN_TIMEOUT_NANOS = Duration.ofSeconds(30).toNanos();

    private final ReentrantLock lock = new ReentrantLock();
    private final ThreadLocal<Boolean> runningAction = ThreadLocal.withInitial(() -> false);
    private final List<TrackedWork> work = new CopyOnWriteArrayList<>();
    private final PriorityQueue<Entry> queue = new PriorityQueue<>();
    private long now;
    private long sequence;

    @Override
    public long nanoTime() {
        lock.lock();
        try {
            return now;
        } finally {
            lock.unlock();
        }
    }

    @Override
    public Registration schedule(Duration delay, Runnable action) {
        lock.lock();
        try {
            var entry = new Entry(now + Math.max(0, delay.toNanos()), sequence++, action);
            queue.add(entry);
            return () -> entry.cancelled = true;
        } finally {
            lock.unlock();
        }
    }

    /** Moves time forward by {@code duration}, running every action that falls due, in order. */
    public void advance(Duration duration) {
        long target;
        lock.lock();
        try {
            target = now + duration.toNanos();
        } finally {
            lock.unlock();
        }
        while (true) {
            Entry next;
            lock.lock();
            try {
                next = queue.peek();
                if (next == null || next.due > target) {
                    now = target;
                    return;
                }
                queue.poll();
                now = next.due;
            } finally {
                lock.unlock();
            }
            if (!next.cancelled) {
                runningAction.set(true);
                try {
                    next.action.run();
                } finally {
                    runningAction.set(false);
                }
                awaitWork();
            }
        }
    }

    /**
     * Work started by an action this clock runs, or by work so started (an async callback a due run's
     * change set off), is waited for before its next action; other work is not.
     */
    @Override
    public Work trackWork() {
        if (!runningAction.get() && !isTracked(Thread.currentThread())) {
            return Work.NONE;
        }
        var tracked = new TrackedWork();
        work.add(tracked);
        return tracked;
    }

    private boolean isTracked(Thread thread) {
        for (TrackedWork tracked : work) {
            if (tracked.thread == thread && !tracked.finished) {
                return true;
            }
        }
        return false;
    }

    /**
     * Waits until each tracked run has finished, or all that remain have waited: for {@link #WAITING_NANOS}
     * when they wait on something outside the clock (parked on a latch, sleeping), for
     * {@link #LOCK_WAITING_NANOS} when one waits for a lock (which its holder, maybe descheduled on a busy
     * machine, releases soon).
     */
    private void awaitWork() {
        long start = System.nanoTime();
        long waitingSince = 0;
        while (true) {
            work.removeIf(tracked -> tracked.finished);
            Progress progress = Progress.WAITING;
            for (TrackedWork tracked : work) {
                Progress p = tracked.progress();
                progress = p.ordinal() < progress.ordinal() ? p : progress;
            }
            long now = System.nanoTime();
            long grace = progress == Progress.ON_LOCK ? LOCK_WAITING_NANOS : WAITING_NANOS;
            if (work.isEmpty() || progress != Progress.RUNNING && waitingSince != 0 && now - waitingSince >= grace) {
                work.clear();   // what still waits goes on beside the clock, as with a real one
                return;
            }
            waitingSince = progress != Progress.RUNNING ? (waitingSince == 0 ? now : waitingSince) : 0;
            if (now - start > RUN_TIMEOUT_NANOS) {
                throw new IllegalStateException("an async run started by a due action neither finished nor waited within "
                        + Duration.ofNanos(RUN_TIMEOUT_NANOS).toSeconds() + " s of real time");
            }
            LockSupport.parkNanos(200_000);
        }
    }

    /** Where a tracked run is, most busy first. */
    private enum Progress {
        /** Running, or ready to. */
        RUNNING,
        /** Waiting for a lock. */
        ON_LOCK,
        /** Parked on something else (a latch, a sleep, a condition), finished, or queued behind another run. */
        WAITING
    }

    private static final class TrackedWork implements Work {
        volatile @Nullable Thread thread;
        volatile boolean finished;

        @Override
        public void runsOn(Thread runner) {
            thread = runner;
        }

        @Override
        public void finished() {
            finished = true;
        }

        Progress progress() {
            Thread t = thread;
            if (finished || t == null) {
                return Progress.WAITING;
            }
            Thread.State state = t.getState();
            if (state == Thread.State.BLOCKED) {
                return Progress.ON_LOCK;   // a monitor
            }
            if (state != Thread.State.WAITING && state != Thread.State.TIMED_WAITING) {
                return Progress.RUNNING;
            }
            // a ReentrantLock (or its read-write kin) parks with its synchronizer as the blocker
            Object blocker = LockSupport.getBlocker(t);
            return blocker != null && blocker.getClass().getName().startsWith("java.util.concurrent.locks.Reentrant")
                    ? Progress.ON_LOCK : Progress.WAITING;
        }
    }

    /** How many actions are scheduled and not cancelled. */
    public int pending() {
        lock.lock();
        try {
            return (int) queue.stream().filter(e -> !e.cancelled).count();
        } finally {
            lock.unlock();
        }
    }

    private static final class Entry implements Comparable<Entry> {
        final long due;
        final long seq;
        final Runnable action;
        volatile boolean cancelled;

        Entry(long due, long seq, Runnable action) {
            this.due = due;
            this.seq = seq;
            this.action = action;
        }

        @Override
        public int compareTo(Entry other) {
            int byTime = Long.compare(due, other.due);
            return byTime != 0 ? byTime : Long.compare(seq, other.seq);
        }
    }
}
