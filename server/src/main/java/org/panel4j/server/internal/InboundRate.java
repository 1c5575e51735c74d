package org.panel4j.server.internal;

/**
 * A token bucket for one socket's client messages: {@code perSecond} tokens a second, holding at
 * most {@code perSecond}; a message without a token is refused (never queued). Used by the one
 * thread that reads the socket.
 */
final class InboundRate {

    private static final long SECOND = 1_000_000_000L;

    private final int perSecond;
    private double tokens;
    private long last;

    InboundRate(int perSecond, long nowNanos) {
        this.perSecond = perSecond;
        this.tokens = perSecond;
        this.last = nowNanos;
    }

    /** Takes a token if one is left at {@code nowNanos}. */
    boolean tryAcquire(long nowNanos) {
        long elapsed = Math.max(0, nowNanos - last);
        last = nowNanos;
        tokens = Math.min(perSecond, tokens + (double) elapsed * perSecond / SECOND);
        if (tokens >= 1) {
            tokens -= 1;
            return true;
        }
        return false;
    }
}
