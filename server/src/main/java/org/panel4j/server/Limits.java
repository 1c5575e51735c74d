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
 * @param maxMessagesPerSecond  the sustained client messages per second and socket (bursts up to as many);
 *                              excess messages are not applied and get {@code rate_limited}
 * @param pingInterval          how often each socket is pinged (at most half the idle timeout is used)
 * @param trustedProxies        addresses or CIDR ranges of reverse proxies whose {@code X-Forwarded-For}
 *                              (or {@code Forwarded}) names the client; empty: the headers are ignored
 */
public record Limits(int maxSessions, int maxSessionsPerAddress, int maxMessagesPerSecond, Duration pingInterval,
                     List<String> trustedProxies) {

    /** The defaults: 10,000 sessions, 100 per address, 50 messages per second, a ping every 25 seconds, no trusted proxy. */
    public static final Limits DEFAULT = new Limits(10_000, 100, 50, Duration.ofSeconds(25), List.of());

    /** Copies the list. */
    public Limits {
        trustedProxies = List.copyOf(trustedProxies);
    }
}
