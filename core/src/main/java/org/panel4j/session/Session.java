package org.panel4j.session;

import java.security.SecureRandom;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.locks.ReentrantLock;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One browser page's server side. It runs sync callbacks one at a time holding its lock, async
 * callbacks on virtual threads it owns, periodic callbacks on its host's clock; it coalesces
 * changes for its client and reports every callback error to one handler. Created by a
 * {@link SessionHost}; passed explicitly to the app factory and carried by events.
 * All methods are thread-safe.
 */
public final class Session {

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final Logger LOG = LoggerFactory.getLogger(Session.class);

    private final String id = newId();
    private final SessionHost host;
    private final ReentrantLock lock = new ReentrantLock();
    private final TaskGroup tasks;
    private final Outbox outbox;
    private final Map<String, ClientTarget> targets = new ConcurrentHashMap<>();
    private final AsyncRunner asyncRunner;
    private final List<Callback<Session>> loadCallbacks = new CopyOnWriteArrayList<>();
    private final List<Callback<Session>> destroyCallbacks = new CopyOnWriteArrayList<>();
    private final List<Registration> owned = new CopyOnWriteArrayList<>();
    private final LogThrottle inputLog = new LogThrottle();
    private volatile @Nullable Renderable root;
    private volatile boolean loaded;
    private volatile boolean destroyed;
    private volatile java.security.@Nullable Principal principal;

    Session(SessionHost host) {
        this.host = host;
        this.tasks = new TaskGroup("panel4j-task-" + shortId());
        this.asyncRunner = new AsyncRunner(this, tasks);
        this.outbox = new Outbox(lock, shortId(), host.ownLane(), host.fanOutLane());
    }

    private static String newId() {
        var bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    /** The session id: 256 random bits, URL-safe; never chosen by a client. */
    public String id() {
        return id;
    }

    /** The first 8 characters of the id, for logs. */
    public String shortId() {
        return id.substring(0, 8);
    }

    /** The host: clock, error handler, server-wide tasks. */
    public SessionHost host() {
        return host;
    }

    /**
     * The user the server authenticated for this page, if it requires authentication; empty otherwise.
     * Set before the app factory runs, never changed afterwards.
     */
    public java.util.Optional<java.security.Principal> principal() {
        return java.util.Optional.ofNullable(principal);
    }

    /**
     * Records the authenticated user; the server calls it once, before the app is built.
     *
     * @throws IllegalStateException if a user was already set
     */
    public void setPrincipal(java.security.Principal user) {
        Objects.requireNonNull(user, "user");
        lock.lock();
        try {
            if (principal != null) {
                throw new IllegalStateException("Session " + shortId() + " already has a user");
            }
            principal = user;
        } finally {
            lock.unlock();
        }
    }

    /** Whether {@link #destroy()} has run. */
    public boolean isDestroyed() {
        return destroyed;
    }

    // ---- locking ----------------------------------------------------------------------------

    /**
     * Runs {@code block} holding the session lock: mutual exclusion with sync callbacks, and what it
     * changes is delivered as one batch after it returns. Reentrant. Exceptions propagate.
     */
    public void withLock(ThrowingRunnable block) throws Exception {
        lock.lock();
        try {
            block.run();
        } finally {
            unlock();
        }
    }

    /**
     * Releases the session lock; the outermost release first snapshots what the holder changed, so it
     * goes out as one batch even if another lock holder comes next (the flusher never waits behind it).
     */
    private void unlock() {
        try {
            if (lock.getHoldCount() == 1) {
                outbox.snapshotBeforeUnlock();
            }
        } finally {
            lock.unlock();
        }
    }

    /** Whether the calling thread holds this session's lock. */
    public boolean isLockHeldByCurrentThread() {
        return lock.isHeldByCurrentThread();
    }

    /**
     * Runs {@code block} with delivery held: its changes reach the client together, after it returns.
     * Unlike {@link #withLock} it excludes nobody. Exceptions propagate.
     */
    public void hold(ThrowingRunnable block) throws Exception {
        outbox.hold();
        try {
            block.run();
        } finally {
            outbox.release();
        }
    }

    // ---- callbacks --------------------------------------------------------------------------

    /**
     * Runs a callback the way its kind says: an {@link Async} one on a new virtual thread under its
     * concurrency policy; any other one now, on the calling thread, holding the session lock.
     * Errors go to the error pipeline; nothing is thrown.
     *
     * @param kind   the kind of callback for error reports, e.g. {@code "click"}
     * @param source the component or object the callback belongs to, for error reports
     */
    public <E> void dispatch(Callback<E> callback, E event, String kind, @Nullable Object source) {
        Objects.requireNonNull(callback, "callback");
        if (destroyed) {
            return;
        }
        if (callback instanceof Async<E> async) {
            asyncRunner.submit(async, event, kind, source);
        } else {
            lock.lock();
            try {
                callback.call(event);
            } catch (Throwable e) {
                report(e, kind, event, source);
            } finally {
                unlock();
            }
        }
    }

    /** Starts {@code body} as an async task of this session, on its own virtual thread. */
    public Task submit(TaskCallback<Session> body) {
        Objects.requireNonNull(body, "body");
        return tasks.start(task -> {
            try {
                body.call(this, task);
            } catch (InterruptedException e) {
                // cancelled
            } catch (Throwable e) {
                report(e, "task", null, null);
            }
        });
    }

    /**
     * Runs {@code callback} soon, on a virtual thread, holding the session lock (like a sync callback),
     * e.g. to change the view from a thread the session does not own.
     */
    public void execute(Callback<Session> callback) {
        Objects.requireNonNull(callback, "callback");
        tasks.start(task -> dispatch(callback, this, "execute", null));
    }

    /** Reports an error to the host's error handler, with this session. Never throws. */
    public void report(Throwable exception, String kind, @Nullable Object event, @Nullable Object source) {
        host.report(new CallbackError(exception, kind, event, source, this));
    }

    /**
     * Schedules {@code callback} every {@code period}, starting now (sync or {@link Async});
     * configure it further through the returned handle, then it runs until stopped or the session ends.
     */
    public PeriodicCallback addPeriodicCallback(Callback<PeriodicCallback> callback, Duration period) {
        var periodic = new PeriodicCallback(host.scheduler(), callback, period, this::runPeriodic);
        own(periodic::stop);
        periodic.start();
        return periodic;
    }

    private void runPeriodic(Callback<PeriodicCallback> callback, PeriodicCallback tick, Runnable onDone) {
        if (destroyed) {
            onDone.run();
        } else if (callback instanceof Async<PeriodicCallback> async) {
            Task task = asyncRunner.start(async, tick, "periodic", tick, onDone);
            if (task.isDone()) {
                onDone.run(); // the session ended meanwhile: the body never ran
            }
        } else {
            try {
                dispatch(callback, tick, "periodic", tick);
            } finally {
                onDone.run();
            }
        }
    }

    /** Runs {@code callback} (sync, holding the lock) once the client has first connected. */
    public Registration onLoad(Callback<Session> callback) {
        Objects.requireNonNull(callback, "callback");
        if (loaded) {
            dispatch(callback, this, "onLoad", null);
            return () -> {};
        }
        loadCallbacks.add(callback);
        return () -> loadCallbacks.remove(callback);
    }

    /** Runs {@code callback} when the session ends, after its tasks were cancelled. */
    public Registration onDestroyed(Callback<Session> callback) {
        Objects.requireNonNull(callback, "callback");
        destroyCallbacks.add(callback);
        return () -> destroyCallbacks.remove(callback);
    }

    /** Ties {@code registration} to this session: it is cancelled when the session ends. */
    public void own(Registration registration) {
        owned.add(Objects.requireNonNull(registration, "registration"));
    }

    /** Shows {@code notification} to this session's user as a toast. */
    public void notify(Notification notification) {
        Objects.requireNonNull(notification, "notification");
        outbox.addNotification(notification);
    }

    /** The number of async tasks of this session still running. */
    public int runningTasks() {
        return tasks.size();
    }

    // ---- view and delivery --------------------------------------------------------------------

    /** Sets the view root; the app factory's result, set once by the host. */
    public void setRoot(Renderable root) {
        this.root = Objects.requireNonNull(root, "root");
    }

    /** Makes a component addressable by its client; called as components attach. */
    public void register(ClientTarget target) {
        targets.put(target.id(), target);
    }

    /** Forgets a component that left the view. */
    public void unregister(ClientTarget target) {
        targets.remove(target.id(), target);
    }

    /** Queues a change for the client (coalesced by key); ignored once the session ended. */
    public void markDirty(Pending pending) {
        markDirty(pending, 1);
    }

    /**
     * Queues a change made for {@code audience} sessions at once (a component shown in all of them): above
     * one, the host's fan-out lane flushes it, so the burst does not crowd out other sessions' callbacks.
     */
    public void markDirty(Pending pending, int audience) {
        if (!destroyed) {
            outbox.add(pending, audience > 1);
        }
    }

    /**
     * Connects a client: returns the whole view as it is now and sends every later change to
     * {@code sink}. A reconnecting client calls this again and resyncs from the snapshot.
     * The first connection runs the {@link #onLoad} callbacks. Batches may reach {@code sink} as soon as
     * the sink is registered, even before this returns: the caller must get the snapshot to the client
     * first (e.g. the sink blocks until the snapshot is sent); every batch is newer than the snapshot.
     *
     * @throws IllegalStateException if the session has ended or has no root
     */
    public Node connect(ClientSink sink) {
        Objects.requireNonNull(sink, "sink");
        Node snapshot;
        lock.lock();
        try {
            Renderable view = root;
            if (destroyed || view == null) {
                throw new IllegalStateException("Session " + shortId() + (destroyed ? " has ended" : " has no view"));
            }
            outbox.connect(sink);
            snapshot = view.toNode();
        } finally {
            unlock();
        }
        if (!loaded) {
            loaded = true;
            for (Callback<Session> callback : loadCallbacks) {
                dispatch(callback, this, "onLoad", null);
            }
            loadCallbacks.clear();
        }
        return snapshot;
    }

    /** Stops sending to {@code sink}; changes keep coalescing until a reconnect or the session's end. */
    public void disconnect(ClientSink sink) {
        outbox.disconnect(sink);
    }

    /** True when no change waits to be sent, no flush runs and no async task of this session runs. */
    public boolean isQuiet() {
        return outbox.isQuiet() && tasks.size() == 0 && !lock.isLocked();
    }

    /**
     * Applies a property value sent by the client, holding the lock.
     *
     * The target marks the property dirty even when the value is refused, so the client always
     * gets the server's value back with {@code clientSeq} acknowledged (a refused value reverts).
     *
     * @param clientSeq the client's sequence number for this property, acknowledged in the next batch
     * @throws ClientInputException if the component is unknown or the value is not acceptable
     */
    public void applyClientValue(String componentId, String prop, Object value, long clientSeq) {
        ClientTarget target = target(componentId);
        lock.lock();
        try {
            if (target.hasProperty(prop)) { // never keep an ack for a name the client made up
                outbox.recordAck(new PropKey(componentId, prop), clientSeq);
            }
            target.applyClientValue(this, prop, value);
        } catch (ClientInputException e) {
            logRefused(e, componentId);
            throw e;
        } finally {
            unlock();
        }
    }

    /**
     * Handles a client event (a click, …) holding the lock.
     *
     * @throws ClientInputException if the component is unknown or the event is not allowed
     */
    public void applyClientEvent(String componentId, String event, Map<String, Object> payload) {
        ClientTarget target = target(componentId);
        lock.lock();
        try {
            target.applyClientEvent(this, event, payload);
        } catch (ClientInputException e) {
            logRefused(e, componentId);
            throw e;
        } finally {
            unlock();
        }
    }

    /** Logs input refused for a disabled or invisible component (a page should not send it), throttled. */
    private void logRefused(ClientInputException e, String componentId) {
        if (e.code() == ClientInputException.Code.NOT_ALLOWED) {
            inputLog.log("not_allowed", more -> LOG.warn("Session {}: {} ({}){}", shortId(), e.getMessage(),
                    componentId, LogThrottle.more(more)));
        }
    }

    private ClientTarget target(String componentId) {
        if (destroyed) {
            throw new ClientInputException(ClientInputException.Code.SESSION_ENDED, "Session " + shortId() + " has ended");
        }
        ClientTarget target = targets.get(componentId);
        if (target == null) {
            throw new ClientInputException(ClientInputException.Code.UNKNOWN_COMPONENT, "Unknown component '" + ClientText.bounded(componentId) + "'");
        }
        return target;
    }

    // ---- lifecycle ------------------------------------------------------------------------------

    /**
     * Ends the session: cancels its tasks and periodic callbacks, stops delivery, then runs the
     * {@link #onDestroyed} callbacks. Idempotent.
     */
    public void destroy() {
        if (destroyed) {
            return;
        }
        destroyed = true;
        outbox.close();
        tasks.close();
        for (Registration registration : owned) {
            registration.cancel();
        }
        owned.clear();
        for (Callback<Session> callback : destroyCallbacks) {
            try {
                callback.call(this);
            } catch (Throwable e) {
                report(e, "onDestroyed", null, null);
            }
        }
        targets.clear();
        asyncRunner.clear();
        host.forget(this);
    }

    @Override
    public String toString() {
        return "Session[" + shortId() + "]";
    }
}
