package org.panel4j.server.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;
import org.panel4j.server.Limits;
import org.panel4j.session.Session;
import org.panel4j.session.internal.SessionCore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The served sessions by id. A session is added as its page's first socket connects, and ends when no
 * socket has shown it for the grace period: its socket closed and did not come back (or the upgrade
 * that added it never completed). At most one socket shows a session; a newer one, which must bring
 * the session's newest reconnect token, replaces it. Thread-safe.
 */
final class SessionRegistry {

    private static final Logger LOG = LoggerFactory.getLogger(SessionRegistry.class);

    private final Map<String, LiveSession> sessions = new ConcurrentHashMap<>();
    /** The same sessions by a digest of their page's CSRF secret, for transfer requests (see {@link #findByCsrf}). */
    private final Map<String, LiveSession> byCsrf = new ConcurrentHashMap<>();
    private static final int MAX_CSRF = 256;

    private final Duration grace;
    private final TokenSigner signer;
    private final Limits limits;
    private final Counters counters;

    SessionRegistry(Duration grace, TokenSigner signer, Limits limits, Counters counters) {
        this.counters = counters;
        this.grace = grace;
        this.signer = signer;
        this.limits = limits;
    }

    /** The server's counters for metrics, for the sockets of these sessions. */
    Counters counters() {
        return counters;
    }

    /** Registers a freshly built session of {@code appPath} whose page has {@code csrf}; its socket has the grace period to open. */
    LiveSession add(Session session, String appPath, String csrf) {
        var live = new LiveSession(session, appPath, csrf, new InputGuard(session.shortId(), limits, System.nanoTime()));
        sessions.put(session.id(), live);
        byCsrf.put(digest(csrf), live);
        counters.pagesOpened.increment();
        session.onDestroyed(s -> {
            counters.pagesClosed.increment();
            sessions.remove(s.id(), live);
            byCsrf.remove(digest(csrf), live);
            live.guard.ended();
        });
        live.lock.lock();
        try {
            startGrace(live);
        } finally {
            live.lock.unlock();
        }
        return live;
    }

    Optional<LiveSession> find(String id) {
        return Optional.ofNullable(sessions.get(id));
    }

    /**
     * The live session whose page has the CSRF secret {@code csrf}, if any: transfer requests name their
     * session this way (docs/protocol.md, "Files"). Looked up by a digest, then compared in constant time.
     */
    Optional<LiveSession> findByCsrf(String csrf) {
        if (csrf.isEmpty() || csrf.length() > MAX_CSRF) {
            return Optional.empty();
        }
        LiveSession live = byCsrf.get(digest(csrf));
        if (live == null || !MessageDigest.isEqual(live.csrf.getBytes(StandardCharsets.UTF_8),
                csrf.getBytes(StandardCharsets.UTF_8))) {
            return Optional.empty();
        }
        return Optional.of(live);
    }

    private static String digest(String csrf) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(csrf.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing", e);
        }
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
        forEachLive((live, socket) -> action.accept(socket));
    }

    /** Runs {@code action} on each session a socket shows right now, with that socket (outside the session's lock). */
    void forEachLive(BiConsumer<LiveSession, SocketEndpoint> action) {
        for (LiveSession live : sessions.values()) {
            SocketEndpoint socket;
            live.lock.lock();
            try {
                socket = live.socket;
            } finally {
                live.lock.unlock();
            }
            if (socket != null) {
                action.accept(live, socket);
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
            return old;
        } finally {
            live.lock.unlock();
        }
    }

    /**
     * Spends the reconnect token of {@code generation}: true (and it is spent) if it is {@code live}'s
     * newest; false for an older, spent or never handed out one.
     */
    boolean spendReconnect(LiveSession live, long generation) {
        live.lock.lock();
        try {
            if (generation < 1 || generation != live.reconnectGeneration) {
                return false;
            }
            live.reconnectGeneration++;
            return true;
        } finally {
            live.lock.unlock();
        }
    }

    /**
     * Makes every reconnect token of {@code live} useless if {@code socket} still shows it: after the
     * server closed that socket with 1008 (a policy violation) nothing may reopen the session, which
     * ends after the grace period.
     */
    void revokeReconnect(LiveSession live, SocketEndpoint socket) {
        live.lock.lock();
        try {
            if (live.socket == socket) {
                live.reconnectGeneration++;
            }
        } finally {
            live.lock.unlock();
        }
    }

    /**
     * A fresh reconnect token for the {@code init} {@code socket} is about to get, which makes every
     * earlier one useless; null if {@code socket} no longer shows {@code live} (it was replaced).
     */
    @Nullable String reconnectToken(LiveSession live, SocketEndpoint socket) {
        long generation;
        live.lock.lock();
        try {
            if (live.socket != socket) {
                return null;
            }
            generation = ++live.reconnectGeneration;
        } finally {
            live.lock.unlock();
        }
        return signer.reconnect(live.id(), generation);
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
        SessionCore.of(live.session).destroy();
        sessions.remove(live.id(), live);
        byCsrf.remove(digest(live.csrf), live);
    }

    /** Ends every session: closes its socket with 1001 (going away), then destroys it. */
    void closeAll() {
        endAll(1001, "server shutting down");
    }

    /**
     * Ends every session there is now: closes its socket with {@code code}, then destroys it. Sessions
     * that start meanwhile live on.
     */
    void endAll(int code, String reason) {
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
            // ended before its page hears of it: a page that reloads at once finds it gone
            SessionCore.of(live.session).destroy();
            sessions.remove(live.id(), live);
            byCsrf.remove(digest(live.csrf), live);
            if (socket != null) {
                socket.close(code, reason);
            }
        }
    }
}
