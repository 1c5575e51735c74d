package org.panel4j.session;

import java.security.Principal;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.locks.ReentrantLock;
import org.jspecify.annotations.Nullable;
import org.panel4j.session.internal.SessionCore;
import org.panel4j.session.internal.Transfers;

/**
 * A session's state and machinery: its lock, its async tasks, its outbox, its callbacks and its life.
 * {@link Session} is the app's view of it, {@link SessionCore} the plumbing's; {@link ClientInput} applies
 * what the client sends. All methods are thread-safe.
 */
final class SessionCoreImpl implements SessionCore {

    private final Session session;
    private final SessionHost host;
    private final ReentrantLock lock = new ReentrantLock();
    private final TaskGroup tasks;
    private final Outbox outbox;
    private final ClientInput input = new ClientInput(this);
    private final AsyncRunner asyncRunner;
    private final List<Callback<Session>> loadCallbacks = new CopyOnWriteArrayList<>();
    private final List<Callback<Session>> destroyCallbacks = new CopyOnWriteArrayList<>();
    private final List<Registration> owned = new CopyOnWriteArrayList<>();
    /** Made at the first upload or download: most sessions never have one (BENCHMARKS.md §4). Guarded by this. */
    private @Nullable Transfers transfers;
    private volatile @Nullable Renderable root;
    private volatile boolean loaded;
    private volatile boolean destroyed;
    private volatile @Nullable Principal principal;

    SessionCoreImpl(Session session, SessionHost host) {
        this.session = session;
        this.host = host;
        this.tasks = new TaskGroup("panel4j-task-" + session.shortId(), host.scheduler()); // a test clock waits for them
        this.asyncRunner = new AsyncRunner(this, tasks);
        this.outbox = new Outbox(lock, session.shortId(), host.ownLane(), host.fanOutLane());
    }

    Session session() {
        return session;
    }

    Outbox outbox() {
        return outbox;
    }

    SessionHost host() {
        return host;
    }

    @Override
    public int pendingChanges() {
        return outbox.pendingCount();
    }

    /** Whether a thread waits for the session lock (a flusher finding it held): a state tests wait for. */
    boolean lockAwaited() {
        return lock.hasQueuedThreads();
    }

    @Nullable Principal principal() {
        return principal;
    }

    @Override
    public void setPrincipal(Principal user) {
        Objects.requireNonNull(user, "user");
        lock.lock();
        try {
            if (principal != null) {
                throw new IllegalStateException("Session " + session.shortId() + " already has a user");
            }
            principal = user;
        } finally {
            lock.unlock();
        }
    }

    boolean isDestroyed() {
        return destroyed;
    }

    // ---- locking ----------------------------------------------------------------------------

    void withLock(ThrowingRunnable block) throws Exception {
        lock.lock();
        try {
            block.run();
        } finally {
            unlock();
        }
    }

    /** Takes the session lock; release it with {@link #unlock()}. */
    void lock() {
        lock.lock();
    }

    /**
     * Releases the session lock; the outermost release first snapshots what the holder changed, so it
     * goes out as one batch even if another lock holder comes next (the flusher never waits behind it).
     */
    void unlock() {
        try {
            if (lock.getHoldCount() == 1) {
                outbox.snapshotBeforeUnlock();
            }
        } finally {
            lock.unlock();
        }
    }

    boolean isLockHeldByCurrentThread() {
        return lock.isHeldByCurrentThread();
    }

    void hold(ThrowingRunnable block) throws Exception {
        outbox.hold();
        try {
            block.run();
        } finally {
            outbox.release();
        }
    }

    // ---- callbacks --------------------------------------------------------------------------

    @Override
    public <E> void dispatch(Callback<E> callback, E event, String kind, @Nullable Object source) {
        Objects.requireNonNull(callback, "callback");
        if (destroyed) {
            return;
        }
        if (callback instanceof Async<E> async) {
            asyncRunner.submit(async, event, kind, source);
        } else {
            lock.lock();
            host.callbackStarted();
            try {
                callback.call(event);
            } catch (Throwable e) {
                report(e, kind, event, source);
            } finally {
                host.callbackEnded();
                unlock();
            }
        }
    }

    Task submit(TaskCallback<Session> body) {
        Objects.requireNonNull(body, "body");
        return tasks.start(task -> {
            try {
                body.call(session, task);
            } catch (InterruptedException e) {
                // cancelled
            } catch (Throwable e) {
                report(e, "task", null, null);
            }
        });
    }

    void execute(Callback<Session> callback) {
        execute(callback, "execute", null);
    }

    /** As {@link #execute(Callback)}, reporting errors as a callback of {@code kind} belonging to {@code source}. */
    void execute(Callback<Session> callback, String kind, @Nullable Object source) {
        Objects.requireNonNull(callback, "callback");
        tasks.start(task -> dispatch(callback, session, kind, source));
    }

    @Override
    public void opened() {
        host.opened(session);
    }

    @Override
    public void report(Throwable exception, String kind, @Nullable Object event, @Nullable Object source) {
        host.report(new CallbackError(exception, kind, event, source, session));
    }

    PeriodicCallback addPeriodicCallback(Callback<PeriodicCallback> callback, Duration period) {
        var periodic = new PeriodicCallback(host.scheduler(), callback, period, this::runPeriodic);
        own(periodic::stop);
        periodic.start();
        return periodic;
    }

    private void runPeriodic(Callback<PeriodicCallback> callback, PeriodicCallback tick, Runnable onDone) {
        if (destroyed) {
            onDone.run();
        } else if (callback instanceof Async<PeriodicCallback> async) {
            Task task = asyncRunner.start(async, tick, "periodic", tick, onDone); // a test clock waits for it (TaskGroup)
            if (task.thread() == null) {
                onDone.run(); // the session ended meanwhile: the body never ran (isDone would also be true
                              // for a body that already ran, whose onDone ran too)
            }
        } else {
            try {
                dispatch(callback, tick, "periodic", tick);
            } finally {
                onDone.run();
            }
        }
    }

    Registration onLoad(Callback<Session> callback) {
        Objects.requireNonNull(callback, "callback");
        if (loaded) {
            dispatch(callback, session, "onLoad", null);
            return () -> {};
        }
        loadCallbacks.add(callback);
        return () -> loadCallbacks.remove(callback);
    }

    Registration onDestroyed(Callback<Session> callback) {
        Objects.requireNonNull(callback, "callback");
        destroyCallbacks.add(callback);
        return () -> destroyCallbacks.remove(callback);
    }

    void own(Registration registration) {
        owned.add(Objects.requireNonNull(registration, "registration"));
        if (destroyed) { // destroy() may have passed the list already: cancel it here (cancel is idempotent)
            owned.remove(registration);
            registration.cancel();
        }
    }

    long notify(Notification notification) {
        Objects.requireNonNull(notification, "notification");
        return outbox.addNotification(notification);
    }

    void dismiss(long id) {
        outbox.addDismissal(id);
    }

    int runningTasks() {
        return tasks.size();
    }

    // ---- view and delivery --------------------------------------------------------------------

    @Override
    public void setRoot(Renderable root) {
        this.root = Objects.requireNonNull(root, "root");
    }

    @Override
    public void register(ClientTarget target) {
        input.register(target);
    }

    @Override
    public void unregister(ClientTarget target) {
        input.unregister(target);
    }

    @Override
    public void markDirty(Pending pending) {
        markDirty(pending, 1);
    }

    @Override
    public void markDirty(Pending pending, int audience) {
        if (!destroyed) {
            outbox.add(pending, audience > 1);
        }
    }

    @Override
    public Node connect(ClientSink sink) {
        Objects.requireNonNull(sink, "sink");
        Node snapshot;
        lock.lock();
        try {
            Renderable view = root;
            if (destroyed || view == null) {
                throw new IllegalStateException("Session " + session.shortId() + (destroyed ? " has ended" : " has no view"));
            }
            outbox.connect(sink);
            snapshot = view.toNode();
        } finally {
            unlock();
        }
        if (!loaded) {
            loaded = true;
            for (Callback<Session> callback : loadCallbacks) {
                dispatch(callback, session, "onLoad", null);
            }
            loadCallbacks.clear();
        }
        return snapshot;
    }

    @Override
    public void disconnect(ClientSink sink) {
        outbox.disconnect(sink);
    }

    @Override
    public boolean isQuiet() {
        return outbox.isQuiet() && tasks.size() == 0 && !lock.isLocked();
    }

    @Override
    public void applyClientValue(String componentId, String prop, Object value, long clientSeq) {
        input.applyClientValue(componentId, prop, value, clientSeq);
    }

    @Override
    public void applyClientEvent(String componentId, String event, Map<String, Object> payload) {
        input.applyClientEvent(componentId, event, payload);
    }

    // ---- lifecycle ------------------------------------------------------------------------------

    @Override
    public synchronized Transfers transfers() {
        if (transfers == null) {
            transfers = new Transfers();
            if (destroyed) {
                transfers.close();   // an ended session opens none
            }
        }
        return transfers;
    }

    @Override
    public void destroy() {
        if (destroyed) {
            return;
        }
        destroyed = true;
        outbox.close();
        tasks.close();
        synchronized (this) {
            if (transfers != null) {
                transfers.close();
            }
        }
        for (Registration registration : owned) {
            registration.cancel();
        }
        owned.clear();
        for (Callback<Session> callback : destroyCallbacks) {
            try {
                callback.call(session);
            } catch (Throwable e) {
                report(e, "onDestroyed", null, null);
            }
        }
        input.clear();
        asyncRunner.clear();
        host.forget(session);
    }

    @Override
    public Map<String, PropKey> locationSync() {
        return session.location().synced();
    }

    @Override
    public void restoreLocation(Map<String, Object> values) {
        session.location().restore(values);
    }
}
