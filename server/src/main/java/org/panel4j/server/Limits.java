package org.panel4j.server;

import java.time.Duration;

/**
 * How much a {@link PanelServer} takes before it refuses, and how it keeps quiet sockets alive;
 * set through {@link ServerConfig.Builder}.
 *
 * @param maxSessions           the most live sessions; a page request beyond gets 503
 * @param maxSessionsPerAddress the most live sessions of one client address; a page request beyond gets 429
 * @param maxMessagesPerSecond  the sustained client messages per second and socket (bursts up to as many);
 *                              excess messages are not applied and get {@code rate_limited}
 * @param pingInterval          how often each socket is pinged (at most half the idle timeout is used)
 */
public record Limits(int maxSessions, int maxSessionsPerAddress, int maxMessagesPerSecond, Duration pingInterval) {

    /** The defaults: 10,000 sessions, 100 per address, 50 messages per second, a ping every 25 seconds. */
    public static final Limits DEFAULT = new Limits(10_000, 100, 50, Duration.ofSeconds(25));
}
