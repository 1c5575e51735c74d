package org.panel4j.session;

import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Flushes dirty outboxes one after the other on a few virtual threads (half the processors, at least
 * one), started when work arrives and gone when none is left. A host has two: one for a session's own
 * changes, so a flush costs a queue entry instead of a thread of its own; one for changes shown in many
 * sessions at once, so that such a burst (one setValue on a shared component makes every session
 * dirty) keeps at most half the carriers, yields now and then, and never queues ahead of a click's
 * own flush. Sends do not block (a slow client's write stays pending while the lane moves on), so one
 * slow client never holds up the others.
 */
final class FlushLane {

    private static final Logger LOG = LoggerFactory.getLogger(FlushLane.class);
    private static final int YIELD_EVERY = 64;

    private final ConcurrentLinkedQueue<Outbox> queue = new ConcurrentLinkedQueue<>();
    private final AtomicInteger workers = new AtomicInteger();
    private final int maxWorkers = Math.max(1, Runtime.getRuntime().availableProcessors() / 2);

    private final String threadName;

    FlushLane(String threadName) {
        this.threadName = threadName;
    }

    /** Queues {@code outbox}, whose caller now owns its flush, for the lane. */
    void submit(Outbox outbox) {
        queue.add(outbox);
        if (tryAddWorker()) {
            Thread.ofVirtual().name(threadName).start(this::run);
        }
    }

    /** Whether other outboxes wait their turn. */
    boolean hasWaiting() {
        return !queue.isEmpty();
    }

    private boolean tryAddWorker() {
        int now;
        while ((now = workers.get()) < maxWorkers) {
            if (workers.compareAndSet(now, now + 1)) {
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
                workers.decrementAndGet();
                if (queue.isEmpty() || !tryAddWorker()) {
                    return; // nothing left, or another worker will take what just arrived
                }
                continue;
            }
            try {
                next.flushFromLane(this);
            } catch (RuntimeException e) {
                LOG.error("A flush failed; the lane goes on", e);
            }
            if (++flushed % YIELD_EVERY == 0) {
                Thread.yield(); // let a click's threads in between, even on one carrier
            }
        }
    }
}
