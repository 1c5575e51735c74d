package org.panel4j.server.internal;

import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.locks.ReentrantLock;

/**
 * The page ids whose token has opened a session, each remembered until its token expires, so a page
 * token opens one session only. Bounded: when {@code capacity} unexpired ids are remembered, a new
 * one is refused rather than an old one forgotten (forgetting would let its token open a second
 * session). Thread-safe.
 */
final class UsedPageIds {

    /** What {@link #claim} found. */
    enum Claim {
        /** The id was not used before; it is now. */
        CLAIMED,
        /** The id's token has opened a session already. */
        USED,
        /** Too many unexpired ids are remembered to take another. */
        FULL
    }

    private final int capacity;
    private final ReentrantLock lock = new ReentrantLock();
    /** Page id to its token's expiry, in the order claimed (which is nearly the order of expiry). */
    private final LinkedHashMap<String, Long> used = new LinkedHashMap<>();

    UsedPageIds(int capacity) {
        if (capacity < 1) {
            throw new IllegalArgumentException("capacity must be at least 1, not " + capacity);
        }
        this.capacity = capacity;
    }

    /** Marks {@code pageId} (whose token expires at {@code expiryMillis}) as used, unless it was or there is no room. */
    Claim claim(String pageId, long expiryMillis, long nowMillis) {
        lock.lock();
        try {
            forgetExpired(nowMillis, false);
            if (used.containsKey(pageId)) {
                return Claim.USED;
            }
            if (used.size() >= capacity) {
                forgetExpired(nowMillis, true);
                if (used.size() >= capacity) {
                    return Claim.FULL;
                }
            }
            used.put(pageId, expiryMillis);
            return Claim.CLAIMED;
        } finally {
            lock.unlock();
        }
    }

    /** Gives {@code pageId} back: its token opened no session after all (refused by the limits). */
    void release(String pageId) {
        lock.lock();
        try {
            used.remove(pageId);
        } finally {
            lock.unlock();
        }
    }

    int size() {
        lock.lock();
        try {
            return used.size();
        } finally {
            lock.unlock();
        }
    }

    /** Forgets expired ids: from the oldest until an unexpired one, or all of them if {@code everywhere}. */
    private void forgetExpired(long nowMillis, boolean everywhere) {
        Iterator<Map.Entry<String, Long>> it = used.entrySet().iterator();
        while (it.hasNext()) {
            if (it.next().getValue() < nowMillis) {
                it.remove();
            } else if (!everywhere) {
                return;
            }
        }
    }
}
