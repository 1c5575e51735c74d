package org.panel4j.session;

import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Flushes the outboxes that a change shown in many sessions made dirty, one after the other on a few
 * virtual threads (half the processors, at least one). One setValue on a shared component would
 * otherwise make a flusher runnable per session at once, and a click arriving then would queue behind
 * all of them on the carriers; here a burst keeps at most half the carriers and yields now and then.
 * Sends do not block (a slow client's write stays pending while the lane moves on), so one slow client
 * never holds up the others. One per host.
 */
final class FanOutLane {

    private static final Logger LOG = LoggerFactory.getLogger(FanOutLane.class);
    private static final int YIELD_EVERY = 64;

    private final ConcurrentLinkedQueue<Outbox> queue = new ConcurrentLinkedQueue<>();
    private final AtomicInteger workers = new AtomicInteger();
    private final int maxWorkers = Math.max(1, Runtime.getRuntime().availableProcessors() / 2);

    /** Queues {@code outbox}, whose caller now owns its flush, for the lane. */
    void submit(Outbox outbox) {
        queue.add(outbox);
        if (tryAddWorker()) {
            Thread.ofVirtual().name("panel4j-fan-out").start(this::run);
        }
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
                next.flushFromLane();
            } catch (RuntimeException e) {
                LOG.error("A fan-out flush failed; the lane goes on", e);
            }
            if (++flushed % YIELD_EVERY == 0) {
                Thread.yield(); // let a click's threads in between, even on one carrier
            }
        }
    }
}
