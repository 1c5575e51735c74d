package org.panel4j.testing;

import java.time.Duration;
import java.util.PriorityQueue;
import java.util.concurrent.locks.ReentrantLock;
import org.panel4j.session.Registration;
import org.panel4j.session.Scheduler;

/**
 * A clock that moves only when a test calls {@link #advance}: due actions then run in time order on
 * the advancing thread. Makes periodic callbacks, loading delays and timeouts deterministic and fast.
 */
public final class ManualScheduler implements Scheduler {

    private final ReentrantLock lock = new ReentrantLock();
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
                next.action.run();
            }
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
