package org.panel4j.param;

import java.util.ArrayDeque;
import java.util.List;
import java.util.concurrent.locks.ReentrantLock;
import org.jspecify.annotations.Nullable;
import org.panel4j.session.Async;
import org.panel4j.session.Callback;
import org.panel4j.session.Session;
import org.panel4j.session.internal.SessionCore;
import org.panel4j.session.internal.Threads;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** One registered watcher: its callback, options and the parameters it watches. */
final class Watcher {

    private static final Logger LOG = LoggerFactory.getLogger(Watcher.class);

    private final Callback<Object> callback;
    private final boolean multi;
    private final WatchOptions options;
    private final long order;
    private final ReentrantLock queueLock = new ReentrantLock();
    private final ArrayDeque<List<Change<?>>> queue = new ArrayDeque<>();
    private volatile @Nullable Thread runningOn;

    @SuppressWarnings("unchecked")
    Watcher(Callback<?> callback, boolean multi, WatchOptions options, long order) {
        this.callback = (Callback<Object>) callback;
        this.multi = multi;
        this.options = options;
        this.order = order;
    }

    WatchOptions options() {
        return options;
    }

    long order() {
        return order;
    }

    boolean wants(ChangeType type) {
        return type != ChangeType.SET || !options.onlyChanged();
    }

    /** Calls the watcher with {@code events}, in the session the options or the owner name. */
    void deliver(List<Change<?>> events, @Nullable Session ownerSession) {
        Session scope = options.session() != null ? options.session() : ownerSession;
        if (scope != null && scope.isDestroyed()) {
            return;
        }
        List<Change<?>> scoped = events.size() == 1
                ? single(events, scope)
                : events.stream().<Change<?>>map(e -> e.in(scope)).toList();
        Object owner = scoped.getFirst().owner();
        if (callback instanceof Async<Object> async) {
            if (scope != null) {
                SessionCore.of(scope).dispatch(async, payload(scoped), options.kind(), owner);
            } else {
                Threads.startVirtual("panel4j-watcher", () -> callDetached(async, scoped));
            }
            return;
        }
        if (options.queued() && runningOn == Thread.currentThread()) {
            queueLock.lock();
            try {
                queue.add(scoped);
            } finally {
                queueLock.unlock();
            }
            return;
        }
        if (scope != null) {
            // the error pipeline gets what the callback received (a Change, or the list for watchAll)
            SessionCore.of(scope).dispatch(payload -> runSync(scoped), payload(scoped), options.kind(), owner);
        } else {
            callDetached(this::runSync, scoped);
        }
    }

    /** The one change in {@code scope}; the caller's list itself when nothing changes and no user sees the list. */
    private List<Change<?>> single(List<Change<?>> events, @Nullable Session scope) {
        Change<?> only = events.getFirst();
        Change<?> scoped = only.in(scope);
        return scoped == only && !multi ? events : List.of(scoped);
    }

    private void runSync(List<Change<?>> events) throws Exception {
        Thread previous = runningOn;
        runningOn = Thread.currentThread();
        try {
            callback.call(payload(events));
            List<Change<?>> next;
            while ((next = pollQueued()) != null) {
                callback.call(payload(next));
            }
        } finally {
            runningOn = previous;
        }
    }

    private @Nullable List<Change<?>> pollQueued() {
        queueLock.lock();
        try {
            return queue.poll();
        } finally {
            queueLock.unlock();
        }
    }

    private Object payload(List<Change<?>> events) {
        return multi ? events : events.getLast();
    }

    private void callDetached(Callback<List<Change<?>>> body, List<Change<?>> events) {
        try {
            body.call(events);
        } catch (Throwable e) {
            LOG.error("Error in watcher of {}: {}", events.getFirst().owner(), e.toString(), e);
        }
    }

    private void callDetached(Async<Object> async, List<Change<?>> events) {
        try {
            async.call(payload(events));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (Throwable e) {
            LOG.error("Error in async watcher of {}: {}", events.getFirst().owner(), e.toString(), e);
        }
    }
}
