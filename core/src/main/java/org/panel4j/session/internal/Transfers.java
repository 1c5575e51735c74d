package org.panel4j.session.internal;

import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.SequencedSet;
import java.util.concurrent.locks.ReentrantLock;
import org.jspecify.annotations.Nullable;

/**
 * One session's open transfers by one-time token (docs/protocol.md, "Files"): at most
 * {@link #MAX_OPEN} at once, the newest {@link #REMEMBERED_SPENT} spent tokens remembered so a second
 * use is told apart from an unknown token. A token is 128 random bits, URL-safe. Thread-safe. Not API.
 */
public final class Transfers {

    /** Open transfers a session may have at once; one more aborts the oldest. */
    public static final int MAX_OPEN = 16;

    /** Spent tokens remembered per session. */
    public static final int REMEMBERED_SPENT = 64;

    private static final SecureRandom RANDOM = new SecureRandom();

    /** What a token names. */
    public enum State { OPEN, SPENT, UNKNOWN }

    private final ReentrantLock lock = new ReentrantLock();
    private final Map<String, Transfer> open = new LinkedHashMap<>();
    private final SequencedSet<String> spent = new LinkedHashSet<>();
    private boolean closed;

    /**
     * Opens {@code transfer} under a fresh token and returns it; the oldest open transfer is aborted
     * when {@link #MAX_OPEN} are open.
     *
     * @throws IllegalStateException if the session has ended
     */
    public String add(Transfer transfer) {
        var bytes = new byte[16];
        RANDOM.nextBytes(bytes);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        Transfer oldest = null;
        lock.lock();
        try {
            if (closed) {
                throw new IllegalStateException("the session has ended");
            }
            if (open.size() >= MAX_OPEN) {
                String first = open.keySet().iterator().next();
                oldest = open.remove(first);
                remember(first);
            }
            open.put(token, transfer);
        } finally {
            lock.unlock();
        }
        if (oldest != null) {
            oldest.abort("too many open transfers");
        }
        return token;
    }

    /** Whether {@code token} is open, spent, or unknown to this session. */
    public State state(String token) {
        lock.lock();
        try {
            return open.containsKey(token) ? State.OPEN : spent.contains(token) ? State.SPENT : State.UNKNOWN;
        } finally {
            lock.unlock();
        }
    }

    /** The open transfer {@code token} names, or null. */
    public @Nullable Transfer find(String token) {
        lock.lock();
        try {
            return open.get(token);
        } finally {
            lock.unlock();
        }
    }

    /** Closes {@code token} (after its one use, or when its transfer ended); a later use is told it was spent. */
    public @Nullable Transfer spend(String token) {
        lock.lock();
        try {
            Transfer removed = open.remove(token);
            if (removed != null) {
                remember(token);
            }
            return removed;
        } finally {
            lock.unlock();
        }
    }

    /** The number of open transfers. */
    public int openCount() {
        lock.lock();
        try {
            return open.size();
        } finally {
            lock.unlock();
        }
    }

    /** Aborts every open transfer and refuses new ones; the session has ended. */
    public void close() {
        List<Transfer> aborted;
        lock.lock();
        try {
            closed = true;
            aborted = new ArrayList<>(open.values());
            open.clear();
        } finally {
            lock.unlock();
        }
        aborted.forEach(t -> t.abort("the session has ended"));
    }

    private void remember(String token) {
        spent.add(token);
        if (spent.size() > REMEMBERED_SPENT) {
            spent.removeFirst();
        }
    }
}
