package org.panel4j.component;

import java.util.Arrays;
import org.jspecify.annotations.Nullable;
import org.panel4j.session.Session;

/**
 * The sessions showing one component, with how many times each shows it: copy-on-write arrays, so
 * reads (every property change) take no lock and an idle component costs a few bytes. Writers hold
 * the component's lock.
 */
final class Viewers {

    private static final Session[] NONE = {};
    private static final int[] NO_COUNTS = {};

    private volatile Session[] sessions = NONE;
    private int[] counts = NO_COUNTS;

    /** The sessions, a snapshot never written again. */
    Session[] sessions() {
        return sessions;
    }

    /** The one session, or null if none or several. */
    @Nullable Session single() {
        Session[] current = sessions;
        return current.length == 1 ? current[0] : null;
    }

    /** Counts one more placement in {@code session}; returns true if it is the first. */
    boolean add(Session session) {
        Session[] current = sessions;
        for (int i = 0; i < current.length; i++) {
            if (current[i] == session) {
                counts[i]++;
                return false;
            }
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
        Session[] current = sessions;
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
}
