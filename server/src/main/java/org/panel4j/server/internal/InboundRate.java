package org.panel4j.server.internal;

/**
 * A token bucket for one session's client messages: {@code perSecond} tokens a second, holding at
 * most {@code burst}; a message without a token is refused (never queued). Not thread-safe: its
 * owner ({@link InputGuard}) locks around it.
 */
final class InboundRate {

    private static final long SECOND = 1_000_000_000L;

    private final int burst;
    private final double perSecond;
    private double tokens;
    private long last;

    /** {@code perSecond} a second, bursts of as many. */
    InboundRate(int perSecond, long nowNanos) {
        this(perSecond, perSecond, nowNanos);
    }

    /** {@code perSecond} a second (may be below 1), bursts of {@code burst}. */
    InboundRate(int burst, double perSecond, long nowNanos) {
        this.burst = burst;
        this.perSecond = perSecond;
        this.tokens = burst;
        this.last = nowNanos;
    }

    /** Takes a token if one is left at {@code nowNanos}. */
    boolean tryAcquire(long nowNanos) {
        long elapsed = Math.max(0, nowNanos - last);
        last = nowNanos;
        tokens = Math.min(burst, tokens + elapsed * perSecond / SECOND);
        if (tokens >= 1) {
            tokens -= 1;
            return true;
        }
        return false;
    }
}
