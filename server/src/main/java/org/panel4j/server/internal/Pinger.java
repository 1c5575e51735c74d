package org.panel4j.server.internal;

import java.time.Duration;
import org.jspecify.annotations.Nullable;
import org.panel4j.session.PeriodicCallback;
import org.panel4j.session.SessionHost;

/**
 * Pings every open socket once per interval, so a quiet page keeps proxies and the idle timeout
 * satisfied (the browser answers with a pong); a dead peer is then found by the idle timeout.
 * One server-wide periodic callback of the host for all sockets, no state per socket: the interval is
 * cut into {@value #SLICES} ticks and each tick pings the sockets of one slice, so the pings of many
 * sockets are spread out.
 */
final class Pinger {

    static final int SLICES = 16;

    private final SessionHost host;
    private final SessionRegistry registry;
    private final Duration tick;
    private volatile @Nullable PeriodicCallback ticks;

    Pinger(SessionHost host, SessionRegistry registry, Duration interval) {
        this.host = host;
        this.registry = registry;
        this.tick = Duration.ofMillis(Math.max(1, interval.toMillis() / SLICES)); // dividedBy would run BigDecimal at start
    }

    /** The interval for sockets closed after {@code idleTimeout} of silence: half of it, at most {@code wanted}. */
    static Duration interval(Duration idleTimeout, Duration wanted) {
        Duration half = Duration.ofMillis(idleTimeout.toMillis() / 2);
        return idleTimeout.isPositive() && half.compareTo(wanted) < 0 ? half : wanted;
    }

    void start() {
        ticks = host.addPeriodicCallback(periodic -> ping((int) (periodic.counter() % SLICES)), tick);
    }

    private void ping(int slice) {
        registry.forEachSocket(socket -> {
            if (Math.floorMod(System.identityHashCode(socket), SLICES) == slice) {
                socket.ping();
            }
        });
    }

    /** Stops pinging; idempotent. */
    void stop() {
        PeriodicCallback running = ticks;
        if (running != null) {
            running.stop();
        }
    }
}
