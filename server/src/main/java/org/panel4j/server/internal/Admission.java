package org.panel4j.server.internal;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.locks.ReentrantLock;
import org.panel4j.server.Limits;

/**
 * Counts live sessions in total and per client address key (see {@link ClientAddress}), and refuses a
 * new one beyond the limits: 503 when the server is full, 429 when one address holds too many. A
 * session takes its slot when its socket first connects and gives it back when it ends. Thread-safe.
 */
final class Admission {

    /** Why a session was refused: the HTTP status and a sentence for the client. */
    record Refusal(int status, String message) {}

    private final Limits limits;
    private final ReentrantLock lock = new ReentrantLock();
    private final Map<String, Integer> perAddress = new HashMap<>();
    private int total;

    Admission(Limits limits) {
        this.limits = limits;
    }

    /** Takes a slot for {@code address}, or says why not; a taken slot must be {@link #release}d once. */
    Optional<Refusal> acquire(String address) {
        lock.lock();
        try {
            Optional<Refusal> refusal = refusal(address);
            if (refusal.isEmpty()) {
                perAddress.merge(address, 1, Integer::sum);
                total++;
            }
            return refusal;
        } finally {
            lock.unlock();
        }
    }

    /** Why a slot for {@code address} would be refused right now, if it would; takes nothing. */
    Optional<Refusal> check(String address) {
        lock.lock();
        try {
            return refusal(address);
        } finally {
            lock.unlock();
        }
    }

    private Optional<Refusal> refusal(String address) {
        if (total >= limits.maxSessions()) {
            return Optional.of(new Refusal(503, "The server is at its limit of " + limits.maxSessions()
                    + " sessions; try again later."));
        }
        if (perAddress.getOrDefault(address, 0) >= limits.maxSessionsPerAddress()) {
            return Optional.of(new Refusal(429, "Too many open pages from your address (limit "
                    + limits.maxSessionsPerAddress() + "); close some and try again."));
        }
        return Optional.empty();
    }

    /** Gives back a slot of {@code address}. */
    void release(String address) {
        lock.lock();
        try {
            perAddress.computeIfPresent(address, (a, n) -> n <= 1 ? null : n - 1);
            total--;
        } finally {
            lock.unlock();
        }
    }
}
