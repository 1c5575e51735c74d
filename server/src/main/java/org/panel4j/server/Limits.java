package org.panel4j.server;

import java.time.Duration;
import java.util.List;

/**
 * How much a {@link PanelServer} takes before it refuses, how it tells clients apart, and how it keeps
 * quiet sockets alive; set through {@link ServerConfig.Builder}. A session counts once its page's
 * socket has connected, until it ends.
 *
 * @param maxSessions           the most live sessions; a socket (or page) beyond gets 503
 * @param maxSessionsPerAddress the most live sessions of one client address (an IPv6 client's /64);
 *                              a socket (or page) beyond gets 429
 * @param maxMessagesPerSecond  the sustained client messages per second and session, over all its sockets (bursts up to as many);
 *                              excess messages are not applied and get {@code rate_limited}
 * @param pingInterval          how often each socket is pinged (at most half the idle timeout is used)
 * @param requestHeaderTimeout  how long a client may take to send a request's line and headers, from its
 *                              first byte (or to send anything on a new connection); the connection is closed after
 * @param maxConnectionsPerAddress the most TCP connections (HTTP and WebSocket) open at once from one client
 *                              address (an IPv6 client by its /64); one more is closed when accepted
 * @param trustedProxies        addresses or CIDR ranges of reverse proxies whose {@code X-Forwarded-For}
 *                              (or {@code Forwarded}) names the client; empty: the headers are ignored
 */
public record Limits(int maxSessions, int maxSessionsPerAddress, int maxMessagesPerSecond, Duration pingInterval,
                     Duration requestHeaderTimeout, int maxConnectionsPerAddress, List<String> trustedProxies) {

    /**
     * The defaults: 10,000 sessions, 100 per address, 50 messages per second, a ping every 25 seconds,
     * 10 seconds to send a request head, 256 connections per address, no trusted proxy.
     */
    public static final Limits DEFAULT = new Limits(10_000, 100, 50, Duration.ofSeconds(25), Duration.ofSeconds(10),
            256, List.of());

    /** Copies the list. */
    public Limits {
        trustedProxies = List.copyOf(trustedProxies);
    }
}
