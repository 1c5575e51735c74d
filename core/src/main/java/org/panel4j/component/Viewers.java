package org.panel4j.component;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.locks.ReentrantLock;
import org.jspecify.annotations.Nullable;
import org.panel4j.session.Session;

/**
 * The sessions showing one component, with how many times each shows it. Reads (every property change)
 * take no lock: they get an array never written again. Up to {@value #INDEXED_ABOVE} sessions that array
 * is copied on every write, so an idle component costs a few bytes; above that the sessions are kept in a
 * map and the array is rebuilt at the first read after a change, so opening or closing a session costs
 * the same at 100,000 sessions as at ten (copying on every write made opening n sessions cost n²).
 * Writers hold the component's lock.
 */
final class Viewers {

    static final int INDEXED_ABOVE = 64;
    private static final Session[] NONE = {};
    private static final int[] NO_COUNTS = {};

    /** The sessions, a snapshot never written again; null when indexed and changed since the last read. */
    private volatile Session @Nullable [] sessions = NONE;
    /** Small: how many times each of {@code sessions} shows the component. */
    private int[] counts = NO_COUNTS;
    /** Large: the sessions and their counts, or null while small. */
    private volatile @Nullable Index index;

    /** The sessions, a snapshot never written again. */
    Session[] sessions() {
        Session[] current = sessions;
        return current != null ? current : rebuilt();
    }

    /** The one session, or null if none or several. */
    @Nullable Session single() {
        Session[] current = sessions();
        return current.length == 1 ? current[0] : null;
    }

    /** Counts one more placement in {@code session}; returns true if it is the first. */
    boolean add(Session session) {
        Index large = index;
        if (large != null) {
            return large.add(session);
        }
        Session[] current = sessions();
        for (int i = 0; i < current.length; i++) {
            if (current[i] == session) {
                counts[i]++;
                return false;
            }
        }
        if (current.length == INDEXED_ABOVE) {
            index = new Index(current, counts, session);
            counts = NO_COUNTS;
            sessions = null;
            return true;
        }
        Session[] grown = Arrays.copyOf(current, current.length + 1);
        grown[current.length] = session;
        counts = Arrays.copyOf(counts, grown.length);
        counts[current.length] = 1;
        sessions = grown;
        return true;
    }

    /** Counts one placement less in {@code session}; returns true if it was the last. */
    boolean remove(Session session) {
        Index large = index;
        if (large != null) {
            return large.remove(session);
        }
        Session[] current = sessions();
        for (int i = 0; i < current.length; i++) {
            if (current[i] == session) {
                if (--counts[i] > 0) {
                    return false;
                }
                sessions = current.length == 1 ? NONE : without(current, i);
                counts = current.length == 1 ? NO_COUNTS : without(counts, i);
                return true;
            }
        }
        return false;
    }

    private Session[] rebuilt() {
        Index large = index; // set before sessions was first nulled, never unset
        large.lock.lock();
        try {
            Session[] current = sessions;
            if (current == null) {
                current = large.placements.keySet().toArray(NONE);
                sessions = current;
            }
            return current;
        } finally {
            large.lock.unlock();
        }
    }

    private static Session[] without(Session[] array, int index) {
        Session[] shrunk = new Session[array.length - 1];
        System.arraycopy(array, 0, shrunk, 0, index);
        System.arraycopy(array, index + 1, shrunk, index, array.length - index - 1);
        return shrunk;
    }

    private static int[] without(int[] array, int index) {
        int[] shrunk = new int[array.length - 1];
        System.arraycopy(array, 0, shrunk, 0, index);
        System.arraycopy(array, index + 1, shrunk, index, array.length - index - 1);
        return shrunk;
    }

    /**
     * The sessions of a component shown in many: a change marks the snapshot stale, under a lock that a
     * read rebuilding it also takes, so a read after a change always sees it.
     */
    private final class Index {
        private final ReentrantLock lock = new ReentrantLock();
        private final Map<Session, int[]> placements = new HashMap<>();

        Index(Session[] sessions, int[] sessionCounts, Session added) {
            for (int i = 0; i < sessions.length; i++) {
                placements.put(sessions[i], new int[] {sessionCounts[i]});
            }
            placements.put(added, new int[] {1});
        }

        boolean add(Session session) {
            lock.lock();
            try {
                int[] count = placements.get(session);
                if (count != null) {
                    count[0]++;
                    return false;
                }
                placements.put(session, new int[] {1});
                sessions = null;
                return true;
            } finally {
                lock.unlock();
            }
        }

        boolean remove(Session session) {
            lock.lock();
            try {
                int[] count = placements.get(session);
                if (count == null || --count[0] > 0) {
                    return false;
                }
                placements.remove(session);
                sessions = null;
                return true;
            } finally {
                lock.unlock();
            }
        }
    }
}
