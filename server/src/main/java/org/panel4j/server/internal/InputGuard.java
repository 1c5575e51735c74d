package org.panel4j.server.internal;

import org.jspecify.annotations.Nullable;
import org.panel4j.server.Limits;
import org.panel4j.session.ClientText;
import org.panel4j.session.LogThrottle;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One session's bounds on what its client may send, over all its sockets (a reconnect does not
 * restart them, so a client cannot escape them by reconnecting with the newest reconnect token):
 * every message (well-formed or not) takes a token of {@link Limits#maxMessagesPerSecond()}; malformed
 * ones (not decodable, unknown type, binary frames, which a conforming client never sends) also count
 * against {@link #MAX_MALFORMED} a minute, past which the socket is closed; and the lines logged about
 * refused input and wrong CSRF secrets are bounded in length and throttled ({@link LogThrottle}).
 * Thread-safe (its short, never-blocking sections hold the object's monitor: one fewer lock object
 * per session, BENCHMARKS.md §4): a replaced socket may still be read while its successor is.
 */
final class InputGuard {

    /** Malformed messages a session's sockets may send at once, and per minute after that, before one is closed with 1008. */
    static final int MAX_MALFORMED = 20;

    /** The socket's lines keep the logger they always had, so log settings for it still apply. */
    private static final Logger LOG = LoggerFactory.getLogger(SocketEndpoint.class);

    private final String session;
    private final int perSecond;
    private final InboundRate rate;
    private @Nullable InboundRate malformed;   // made at the first malformed message: most sessions never send one
    private final LogThrottle logs = new LogThrottle();
    private long overRate;
    private long malformedSeen;

    InputGuard(String sessionShortId, Limits limits, long nowNanos) {
        this.session = sessionShortId;
        this.perSecond = limits.maxMessagesPerSecond();
        this.rate = new InboundRate(perSecond, nowNanos);
    }

    /** Takes a token for one client message; false (and a throttled WARN) if it is over the rate. */
    boolean admit() {
        long refused;
        synchronized (this) {
            if (rate.tryAcquire(System.nanoTime())) {
                return true;
            }
            refused = ++overRate;
        }
        logs.log("rate", more -> LOG.warn("Session {}: over {} messages/s, {} refused so far", session, perSecond,
                refused));
        return false;
    }

    /** Counts one malformed message; true once the session's sockets have sent too many and this one must be closed. */
    boolean tooManyMalformed() {
        long seen;
        synchronized (this) {
            seen = ++malformedSeen;
            long now = System.nanoTime();
            if (malformed == null) {
                malformed = new InboundRate(MAX_MALFORMED, MAX_MALFORMED / 60.0, now);
            }
            if (malformed.tryAcquire(now)) {
                return false;
            }
        }
        logs.log("closing", more -> LOG.warn("Session {}: {} malformed messages, more than {} a minute; closing the socket{}",
                session, seen, MAX_MALFORMED, LogThrottle.more(more)));
        return true;
    }

    /** Logs (throttled) that a message came with a wrong CSRF secret; the caller closes the socket. */
    void wrongCsrf() {
        logs.log("csrf", more -> LOG.warn("Session {}: wrong CSRF secret, closing the socket{}", session,
                LogThrottle.more(more)));
    }

    /** Logs (throttled, per code) that a client message was refused; {@code message} is bounded here. */
    void refused(String code, @Nullable String message, @Nullable Long ref) {
        logs.log(code, more -> LOG.info("Session {}: refused client message {}: {} ({}){}", session, ref,
                ClientText.bounded(message, 300), code, LogThrottle.more(more)));
    }

    /** Logs a refused transfer request (upload chunk or download), throttled like refused messages. */
    void refusedTransfer(int status, String message) {
        logs.log("transfer", more -> LOG.info("Session {}: refused a transfer request ({}): {}{}", session, status,
                ClientText.bounded(message, 300), LogThrottle.more(more)));
    }

    /** Logs how many lines were held back and never reported, if any; called when the session ends. */
    void ended() {
        long pending = logs.pending();
        if (pending > 0) {
            LOG.info("Session {}: ended; {} log lines about its input were suppressed", session, pending);
        }
    }
}
