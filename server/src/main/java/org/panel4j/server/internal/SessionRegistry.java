package org.panel4j.server.internal;

import java.security.SecureRandom;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;
import org.panel4j.session.Session;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The served sessions by id. A session ends when no socket has shown it for the grace period: one
 * whose page never connects, or whose socket closed and did not come back. At most one socket shows
 * a session; a newer one replaces it. Thread-safe.
 */
final class SessionRegistry {

    private static final Logger LOG = LoggerFactory.getLogger(SessionRegistry.class);
    private static final SecureRandom RANDOM = new SecureRandom();

    private final Map<String, LiveSession> sessions = new ConcurrentHashMap<>();
    private final Duration grace;

    SessionRegistry(Duration grace) {
        this.grace = grace;
    }

    /** Registers a freshly built session of {@code appPath}; its page has the grace period to connect. */
    LiveSession add(Session session, String appPath) {
        var csrf = new byte[24];
        RANDOM.nextBytes(csrf);
        var live = new LiveSession(session, appPath, Base64.getUrlEncoder().withoutPadding().encodeToString(csrf));
        sessions.put(session.id(), live);
        session.onDestroyed(s -> sessions.remove(s.id(), live));
        live.lock.lock();
        try {
            startGrace(live);
        } finally {
            live.lock.unlock();
        }
        return live;
    }

    /** How long a session waits for its page to (re)connect. */
    Duration grace() {
        return grace;
    }

    Optional<LiveSession> find(String id) {
        return Optional.ofNullable(sessions.get(id));
    }

    int size() {
        return sessions.size();
    }

    /** The number of sessions a socket shows right now. */
    int socketCount() {
        int[] n = {0};
        forEachSocket(socket -> n[0]++);
        return n[0];
    }

    /** Runs {@code action} on each socket showing a session right now (outside the session's lock). */
    void forEachSocket(Consumer<SocketEndpoint> action) {
        for (LiveSession live : sessions.values()) {
            SocketEndpoint socket;
            live.lock.lock();
            try {
                socket = live.socket;
            } finally {
                live.lock.unlock();
            }
            if (socket != null) {
                action.accept(socket);
            }
        }
    }

    /** Makes {@code socket} the one showing {@code live}; returns the socket it replaced, if any. */
    @Nullable SocketEndpoint attach(LiveSession live, SocketEndpoint socket) {
        live.lock.lock();
        try {
            if (live.graceTimer != null) {
                live.graceTimer.cancel();
                live.graceTimer = null;
            }
            SocketEndpoint old = live.socket;
            live.socket = socket;
            live.everConnected = true;
            return old;
        } finally {
            live.lock.unlock();
        }
    }

    /** Forgets {@code socket} if it still shows {@code live}, and starts the grace timer. */
    void detach(LiveSession live, SocketEndpoint socket) {
        live.lock.lock();
        try {
            if (live.socket == socket) {
                live.socket = null;
                startGrace(live);
            }
        } finally {
            live.lock.unlock();
        }
    }

    private void startGrace(LiveSession live) {
        live.graceTimer = live.session.host().scheduler().schedule(grace, () -> expire(live));
    }

    private void expire(LiveSession live) {
        live.lock.lock();
        try {
            if (live.socket != null) {
                return;
            }
            live.graceTimer = null;
        } finally {
            live.lock.unlock();
        }
        LOG.info("Session {} ended: no page showed it for {}", live.session.shortId(), grace);
        live.session.destroy();
        sessions.remove(live.id(), live);
    }

    /** Ends every session: closes its socket with 1001 (going away), then destroys it. */
    void closeAll() {
        for (LiveSession live : List.copyOf(sessions.values())) {
            SocketEndpoint socket;
            live.lock.lock();
            try {
                socket = live.socket;
                live.socket = null;
                if (live.graceTimer != null) {
                    live.graceTimer.cancel();
                }
            } finally {
                live.lock.unlock();
            }
            if (socket != null) {
                socket.close(1001, "server shutting down");
            }
            live.session.destroy();
        }
        sessions.clear();
    }
}
