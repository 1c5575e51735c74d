package org.panel4j.server;

import java.time.Duration;
import java.util.Objects;

/**
 * Thrown by an {@link Authenticator} that will not check credentials now: the client gets
 * {@link #status()} (429 after too many failed sign-ins, 503 when password checking is saturated)
 * with a {@code Retry-After} header instead of a 401. {@link BasicAuth} throws it.
 */
public final class AuthThrottledException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final int status;
    private final Duration retryAfter;

    private AuthThrottledException(int status, Duration retryAfter, String message) {
        super(message);
        this.status = status;
        this.retryAfter = retryAfter;
    }

    /** 429: the client's address failed to sign in too often; it may try again after {@code retryAfter}. */
    public static AuthThrottledException tooManyFailures(Duration retryAfter) {
        return new AuthThrottledException(429, positive(retryAfter),
                "Too many failed sign-ins from your address; try again in " + seconds(retryAfter) + " s.");
    }

    /** 503: too many password checks are running or waiting; the client may try again after {@code retryAfter}. */
    public static AuthThrottledException busy(Duration retryAfter) {
        return new AuthThrottledException(503, positive(retryAfter),
                "The server is busy checking sign-ins; try again in " + seconds(retryAfter) + " s.");
    }

    /** The HTTP status: 429 or 503. */
    public int status() {
        return status;
    }

    /** How long the client should wait; at least one second. */
    public Duration retryAfter() {
        return retryAfter;
    }

    /** {@link #retryAfter()} in whole seconds, rounded up, as the {@code Retry-After} header carries it. */
    public long retryAfterSeconds() {
        return seconds(retryAfter);
    }

    private static Duration positive(Duration retryAfter) {
        Objects.requireNonNull(retryAfter, "retryAfter");
        return retryAfter.compareTo(Duration.ofSeconds(1)) < 0 ? Duration.ofSeconds(1) : retryAfter;
    }

    private static long seconds(Duration d) {
        Duration p = positive(d);
        return p.toSeconds() + (p.toNanosPart() > 0 ? 1 : 0);
    }
}
