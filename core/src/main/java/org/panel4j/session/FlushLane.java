package org.panel4j.session;

import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.atomic.AtomicInteger;
import org.jspecify.annotations.Nullable;
import org.panel4j.session.internal.Threads;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Flushes dirty outboxes one after the other on a few workers, started when work arrives and gone soon
 * after none is left. A host has two: the {@linkplain #own own lane} for a session's own changes, on
 * virtual threads, so a flush costs a queue entry instead of a thread of its own; the
 * {@linkplain #fanOut fan-out lane} for changes shown in many sessions at once (one setValue
 * on a shared component makes every session dirty), on platform threads: such a burst is bulk work, and
 * a virtual thread running it would keep a carrier for its whole length (a yielding virtual thread is
 * picked up again before the carrier looks at other queues), while the operating system time-slices a
 * platform thread, so the carriers stay free for clicks. Sends do not block (a slow client's write stays
 * pending while the lane moves on), so one slow client never holds up the others.
 */
final class FlushLane implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(FlushLane.class);
    private static final int YIELD_EVERY = 64;
    /** The own lane's workers, and the fan-out lane's unless the host's configuration says otherwise. */
    static final int DEFAULT_WORKERS = Math.max(1, Runtime.getRuntime().availableProcessors() / 2);
    private static final long PLATFORM_KEEP_ALIVE_SECONDS = 2;

    private final ConcurrentLinkedQueue<Outbox> queue = new ConcurrentLinkedQueue<>();
    private final ExecutorService workers;
    private final int maxWorkers;
    private final AtomicInteger running = new AtomicInteger();
    private final @Nullable FlushLane yieldsTo;

    private FlushLane(ExecutorService workers, int maxWorkers, @Nullable FlushLane yieldsTo) {
        this.workers = workers;
        this.maxWorkers = maxWorkers;
        this.yieldsTo = yieldsTo;
    }

    /** A lane of {@link #DEFAULT_WORKERS} workers, virtual threads named {@code threadName}. */
    static FlushLane own(String threadName) {
        return new FlushLane(Threads.virtualPerTask(threadName), DEFAULT_WORKERS, null);
    }

    /**
     * A lane of at most {@code maxWorkers} daemon platform threads named {@code threadName}, kept a moment
     * between bursts; every {@value #YIELD_EVERY} flushes they yield the core if {@code own} has flushes waiting.
     */
    static FlushLane fanOut(String threadName, int maxWorkers, FlushLane own) {
        return new FlushLane(Threads.platformPool(threadName, maxWorkers, PLATFORM_KEEP_ALIVE_SECONDS), maxWorkers, own);
    }

    /** Queues {@code outbox} for the lane, which flushes it unless another lane's entry gets there first. */
    void submit(Outbox outbox) {
        queue.add(outbox);
        if (tryAddWorker()) {
            try {
                workers.execute(this::run);
            } catch (RejectedExecutionException e) {
                running.decrementAndGet(); // the host is closed: its sessions are gone
            }
        }
    }

    /** Whether other entries wait their turn (some may be stale: their outbox was flushed by the other lane). */
    boolean hasWaiting() {
        return !queue.isEmpty();
    }

    private boolean tryAddWorker() {
        int now;
        while ((now = running.get()) < maxWorkers) {
            if (running.compareAndSet(now, now + 1)) {
                return true;
            }
        }
        return false;
    }

    private void run() {
        int flushed = 0;
        while (true) {
            Outbox next = queue.poll();
            if (next == null) {
                running.decrementAndGet();
                if (queue.isEmpty() || !tryAddWorker()) {
                    return; // nothing left, or another worker will take what just arrived
                }
                continue;
            }
            try {
                next.flushFromLane(this);
            } catch (RuntimeException e) {
                LOG.error("A flush failed; the lane goes on", e);
            } catch (Error e) {
                running.decrementAndGet(); // this worker ends; the next submit starts another
                throw e;
            }
            if (++flushed % YIELD_EVERY == 0 && yieldsTo != null && yieldsTo.hasWaiting()) {
                Thread.yield(); // a session's own flush waits for a carrier: on a platform thread, the OS runs it
            }
        }
    }

    /** Starts no more workers; a running worker still empties the queue. */
    @Override
    public void close() {
        workers.shutdown();
    }
}
