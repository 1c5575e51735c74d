package org.panel4j.server.internal;

import java.util.concurrent.locks.ReentrantLock;
import org.jspecify.annotations.Nullable;
import org.panel4j.session.Registration;
import org.panel4j.session.Session;

/**
 * A served session as the server tracks it: its app path, its page's CSRF secret, the socket that
 * currently shows it (at most one), the grace timer that ends it while no socket does, and the
 * generation of its newest reconnect token (0: none handed out yet), and the bounds on its client's
 * input, which its sockets share.
 * The {@link SessionRegistry} changes it holding {@link #lock}.
 */
final class LiveSession {

    final Session session;
    final String appPath;
    final String csrf;
    final InputGuard guard;
    final ReentrantLock lock = new ReentrantLock();
    @Nullable SocketEndpoint socket;
    @Nullable Registration graceTimer;
    long reconnectGeneration;
    /** {@link System#nanoTime()} of the last client message (a draining server waits for a quiet moment). */
    volatile long lastInputNanos = System.nanoTime();
    /** The socket last told to move by a draining server (see {@link Drain}). */
    volatile @Nullable SocketEndpoint toldToMove;

    LiveSession(Session session, String appPath, String csrf, InputGuard guard) {
        this.session = session;
        this.appPath = appPath;
        this.csrf = csrf;
        this.guard = guard;
    }

    /** The session id. */
    String id() {
        return session.id();
    }
}
