package org.panel4j.server.internal;

import java.nio.ByteBuffer;
import java.time.Duration;
import org.eclipse.jetty.websocket.api.Callback;
import org.eclipse.jetty.websocket.api.Session;
import org.jspecify.annotations.Nullable;
import org.panel4j.session.Registration;
import org.panel4j.session.Scheduler;

/**
 * Pings one socket every interval while it is open, so a quiet page keeps proxies and the idle
 * timeout satisfied (the browser answers with a pong); a dead peer is then found by the idle timeout.
 */
final class Pinger {

    private final Session socket;
    private final Scheduler clock;
    private final Duration interval;
    private volatile @Nullable Registration next;
    private volatile boolean stopped;

    Pinger(Session socket, Scheduler clock, Duration interval) {
        this.socket = socket;
        this.clock = clock;
        this.interval = interval;
    }

    void start() {
        schedule();
    }

    private void schedule() {
        if (!stopped) {
            next = clock.schedule(interval, this::ping);
        }
    }

    private void ping() {
        if (stopped || !socket.isOpen()) {
            return;
        }
        socket.sendPing(ByteBuffer.allocate(0), Callback.NOOP);
        schedule();
    }

    /** Stops pinging; idempotent. */
    void stop() {
        stopped = true;
        Registration r = next;
        if (r != null) {
            r.cancel();
        }
    }
}
