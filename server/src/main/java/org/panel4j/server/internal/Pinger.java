package org.panel4j.server.internal;

import java.time.Duration;
import java.util.concurrent.locks.ReentrantLock;
import org.jspecify.annotations.Nullable;
import org.panel4j.session.Registration;
import org.panel4j.session.Scheduler;

/**
 * Pings every open socket once per interval, so a quiet page keeps proxies and the idle timeout
 * satisfied (the browser answers with a pong); a dead peer is then found by the idle timeout.
 * One timer for all sockets, no state per socket: the interval is cut into {@value #SLICES} ticks
 * and each tick pings the sockets of one slice, so the pings of many sockets are spread out.
 */
final class Pinger {

    static final int SLICES = 16;

    private final SessionRegistry registry;
    private final Scheduler clock;
    private final Duration tick;
    private final ReentrantLock lock = new ReentrantLock();
    private @Nullable Registration next;
    private boolean stopped;
    private int slice;

    Pinger(SessionRegistry registry, Scheduler clock, Duration interval) {
        this.registry = registry;
        this.clock = clock;
        this.tick = interval.dividedBy(SLICES);
    }

    /** The interval for sockets closed after {@code idleTimeout} of silence: half of it, at most {@code wanted}. */
    static Duration interval(Duration idleTimeout, Duration wanted) {
        Duration half = idleTimeout.dividedBy(2);
        return idleTimeout.isPositive() && half.compareTo(wanted) < 0 ? half : wanted;
    }

    void start() {
        schedule();
    }

    private void schedule() {
        lock.lock();
        try {
            if (!stopped) {
                next = clock.schedule(tick, this::ping);
            }
        } finally {
            lock.unlock();
        }
    }

    private void ping() {
        int mine = slice;
        slice = (mine + 1) % SLICES;
        registry.forEachSocket(socket -> {
            if (Math.floorMod(System.identityHashCode(socket), SLICES) == mine) {
                socket.ping();
            }
        });
        schedule();
    }

    /** Stops pinging; idempotent. */
    void stop() {
        lock.lock();
        try {
            stopped = true;
            if (next != null) {
                next.cancel();
            }
        } finally {
            lock.unlock();
        }
    }
}
