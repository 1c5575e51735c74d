package org.panel4j.param;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.panel4j.session.Session;

/** Runs the watchers that want a set of changes, each once, lowest precedence first. */
final class WatcherDispatch {

    private WatcherDispatch() {}

    /** Runs the watchers that want these changes, lowest precedence first. */
    static void fire(List<Change<?>> changes, @Nullable Session clientSession) {
        if (changes.size() == 1) {
            fireOne(changes, clientSession);
            return;
        }
        var calls = new java.util.LinkedHashMap<Watcher, List<Change<?>>>();
        for (Change<?> change : changes) {
            for (Watcher watcher : change.param().watcherArray()) {
                if (watcher.wants(change.type())) {
                    calls.computeIfAbsent(watcher, w -> new ArrayList<>()).add(change);
                }
            }
        }
        if (calls.isEmpty()) {
            return;
        }
        var ordered = new ArrayList<>(calls.keySet());
        ordered.sort(Comparator.comparingInt((Watcher w) -> w.options().precedence()).thenComparingLong(Watcher::order));
        for (Watcher watcher : ordered) {
            List<Change<?>> events = calls.get(watcher);
            Session ownerSession = clientSession != null ? clientSession : events.getFirst().owner().session();
            watcher.deliver(events, ownerSession);
        }
    }

    /** {@link #fire} for one change (every plain set): no map, no per-watcher lists, usually no sort. */
    private static void fireOne(List<Change<?>> changes, @Nullable Session clientSession) {
        Change<?> change = changes.getFirst();
        Watcher only = null;
        List<Watcher> several = null;
        for (Watcher watcher : change.param().watcherArray()) {
            if (!watcher.wants(change.type())) {
                continue;
            }
            if (only == null) {
                only = watcher;
            } else {
                if (several == null) {
                    several = new ArrayList<>();
                    several.add(only);
                }
                several.add(watcher);
            }
        }
        if (only == null) {
            return;
        }
        Session ownerSession = clientSession != null ? clientSession : change.owner().session();
        if (several == null) {
            only.deliver(changes, ownerSession);
            return;
        }
        several.sort(Comparator.comparingInt((Watcher w) -> w.options().precedence()).thenComparingLong(Watcher::order));
        for (Watcher watcher : several) {
            watcher.deliver(changes, ownerSession);
        }
    }
}
