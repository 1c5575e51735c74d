package org.panel4j.server;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.time.Duration;
import java.util.Arrays;

/**
 * Remembers the recent failed sign-ins of each client address and says when an address has failed
 * {@code max} times within {@code window}: it must then wait until the oldest of those failures is
 * older than the window. Bounded: at most {@link #MAX_ADDRESSES} addresses are tracked (a few MiB; Caffeine
 * forgets the least valuable first), so an attack from more addresses than that is bounded by the
 * hashing slots instead. Thread-safe.
 */
final class FailedSignIns {

    /** The most addresses remembered at once. */
    static final int MAX_ADDRESSES = 20_000;

    private final int max;
    private final long windowNanos;
    /** Address to the times (nanos) of its last {@code max} failures, oldest first; replaced, never changed. */
    private final Cache<String, long[]> recent;

    FailedSignIns(int max, Duration window) {
        this.max = max;
        this.windowNanos = window.toNanos();
        this.recent = Caffeine.newBuilder().maximumSize(MAX_ADDRESSES).expireAfterWrite(window).build();
    }

    /** How long {@code address} must wait before its next attempt; zero if it may try now. */
    Duration waitFor(String address) {
        long[] times = recent.getIfPresent(address);
        if (times == null || times.length < max) {
            return Duration.ZERO;
        }
        long left = times[0] + windowNanos - System.nanoTime();
        return left > 0 ? Duration.ofNanos(left) : Duration.ZERO;
    }

    /** Records a failure of {@code address}; true when it is the one that makes the address wait. */
    boolean record(String address) {
        long now = System.nanoTime();
        long[] updated = recent.asMap().compute(address, (a, times) -> {
            long[] kept = times == null ? new long[0] : times;
            int from = Math.max(0, kept.length + 1 - max);
            long[] next = Arrays.copyOfRange(kept, from, kept.length + 1);
            next[next.length - 1] = now;
            return next;
        });
        // callers record only after waitFor said zero: so a full window now means this failure closed it
        return updated.length == max && now - updated[0] < windowNanos;
    }
}
