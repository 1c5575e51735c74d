package org.panel4j.session;

import java.time.Duration;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.LongAdder;
import java.util.function.Consumer;

/**
 * The server-wide side of sessions: it creates them, owns the clock they schedule on and the
 * error handler they report to, and runs server-wide periodic callbacks that belong to no session.
 * One per server (or per test). Thread-safe.
 */
public final class SessionHost implements AutoCloseable {

    private final Config config;
    private final Set<Session> sessions = Collections.newSetFromMap(new ConcurrentHashMap<>());
    private final TaskGroup serverTasks = new TaskGroup("panel4j-server-task");
    private final List<PeriodicCallback> serverCallbacks = new CopyOnWriteArrayList<>();
    private final FlushLane ownLane = FlushLane.own("panel4j-flush");
    private final FlushLane fanOutLane;
    private final List<Callback<Session>> createdHooks = new CopyOnWriteArrayList<>();
    private final List<Callback<Session>> destroyedHooks = new CopyOnWriteArrayList<>();
    private final SessionLinks links = new SessionLinks();
    private final ServerState state = new ServerState(this);
    /** Callbacks running now and callback errors reported so far: counted without a lock, read by metrics. */
    private final LongAdder running = new LongAdder();
    private final LongAdder errors = new LongAdder();
    private volatile boolean closed;

    private SessionHost(Config config) {
        this.config = config;
        this.fanOutLane = FlushLane.fanOut("panel4j-fan-out", config.fanOutWorkers(), ownLane);
    }

    /** Creates a host with the real clock and the default error handler. */
    public static SessionHost create() {
        return create(builder -> {});
    }

    /** Creates a host configured through {@code configure}. */
    public static SessionHost create(Consumer<Config.Builder> configure) {
        var builder = new Config.Builder();
        configure.accept(builder);
        return new SessionHost(builder.build());
    }

    /** Creates a new, empty session. @throws IllegalStateException after {@link #close()} */
    public Session newSession() {
        if (closed) {
            throw new IllegalStateException("SessionHost is closed");
        }
        var session = new Session(this);
        sessions.add(session);
        if (closed) { // close() ran meanwhile and may not have seen this session
            session.core().destroy();
            throw new IllegalStateException("SessionHost is closed");
        }
        return session;
    }

    /**
     * What apps use of the server-wide side (Panel's {@code pn.state}): server-wide periodic callbacks,
     * caches, session hooks and session links. The rest of this class is for the server and tests.
     */
    public ServerState state() {
        return state;
    }

    /** The number of live sessions. */
    int sessionCount() {
        return sessions.size();
    }

    /** The live sessions, a snapshot. */
    public List<Session> sessions() {
        return List.copyOf(sessions);
    }

    /** Whether errors show the user their exception's class and message (development), not only a reference. */
    public boolean isDevMode() {
        return config.devMode();
    }

    /** The clock sessions schedule on. */
    public Scheduler scheduler() {
        return config.scheduler();
    }

    /** Hands {@code error} to the configured handler; a handler that throws is logged, never rethrown. */
    public void report(CallbackError error) {
        errors.increment();
        try {
            config.errorHandler().handle(error);
        } catch (Throwable e) {
            org.slf4j.LoggerFactory.getLogger(SessionHost.class)
                    .error("The error handler failed on {}", error.exception().toString(), e);
        }
    }

    /** The callbacks (sync or async, of sessions or server-wide) running now: a gauge for metrics. */
    public long callbacksRunning() {
        return running.sum();
    }

    /** The callback errors reported to the error handler so far: a counter for metrics. */
    public long callbackErrors() {
        return errors.sum();
    }

    /** Counts a callback as running; {@link #callbackEnded()} must follow. */
    void callbackStarted() {
        running.increment();
    }

    /** Counts a callback as no longer running. */
    void callbackEnded() {
        running.decrement();
    }

    /**
     * Schedules a server-wide callback every {@code period}, belonging to no session: a sync one runs
     * on the clock's thread without any session lock; an {@link Async} one on its own virtual thread.
     */
    public PeriodicCallback addPeriodicCallback(Callback<PeriodicCallback> callback, Duration period) {
        var periodic = new PeriodicCallback(config.scheduler(), callback, period, this::runServerTick);
        serverCallbacks.add(periodic);
        periodic.start();
        return periodic;
    }

    private void runServerTick(Callback<PeriodicCallback> callback, PeriodicCallback tick, Runnable onDone) {
        if (callback instanceof Async<PeriodicCallback> async) {
            Task task = serverTasks.start(t -> {
                callbackStarted();
                try {
                    async.call(tick);
                } catch (InterruptedException e) {
                    // host closing
                } catch (Throwable e) {
                    report(new CallbackError(e, "periodic", tick, tick, null));
                } finally {
                    callbackEnded();
                    onDone.run();
                }
            });
            if (task.isDone()) {
                onDone.run();
            }
            return;
        }
        callbackStarted();
        try {
            callback.call(tick);
        } catch (Throwable e) {
            report(new CallbackError(e, "periodic", tick, tick, null));
        } finally {
            callbackEnded();
            onDone.run();
        }
    }

    Registration onSessionCreated(Callback<Session> hook) {
        Objects.requireNonNull(hook, "hook");
        createdHooks.add(hook);
        return () -> createdHooks.remove(hook);
    }

    Registration onSessionDestroyed(Callback<Session> hook) {
        Objects.requireNonNull(hook, "hook");
        destroyedHooks.add(hook);
        return () -> destroyedHooks.remove(hook);
    }

    /**
     * Runs the session-created hooks for {@code session}, whose app was just built, on the calling thread
     * without the session lock; arranges for the destroyed hooks to run when it ends (once, also if it
     * ended meanwhile). Errors are reported, never thrown.
     */
    void opened(Session session) {
        for (Callback<Session> hook : createdHooks) {
            runHook(hook, session, "sessionCreated");
        }
        var once = new AtomicBoolean();
        Registration registration = session.onDestroyed(ended -> ended(ended, once));
        if (session.isDestroyed()) { // it ended before the hook was registered: destroy() may have missed it
            registration.cancel();
            ended(session, once);
        }
    }

    private void ended(Session session, AtomicBoolean once) {
        if (once.compareAndSet(false, true)) {
            for (Callback<Session> hook : destroyedHooks) {
                runHook(hook, session, "sessionDestroyed");
            }
        }
    }

    private void runHook(Callback<Session> hook, Session session, String kind) {
        try {
            hook.call(session);
        } catch (Throwable e) {
            report(new CallbackError(e, kind, session, null, session));
        }
    }

    /** The session links' tokens (see {@link ServerState#sessionLink}). */
    SessionLinks links() {
        return links;
    }

    /**
     * The live session whose link token ({@link ServerState#sessionLink}) is {@code token}, if any: the
     * server's HTTP routes name a request's session this way. Not for apps.
     */
    public Optional<Session> findByLinkToken(String token) {
        return links.find(token);
    }

    /** Flushes sessions' own changes. */
    FlushLane ownLane() {
        return ownLane;
    }

    /** Flushes changes made for many sessions at once. */
    FlushLane fanOutLane() {
        return fanOutLane;
    }

    void forget(Session session) {
        sessions.remove(session);
    }

    /** Ends every session, stops server-wide callbacks and tasks, then closes the clock if it owns it. */
    @Override
    public void close() {
        closed = true;
        for (PeriodicCallback callback : serverCallbacks) {
            callback.stop();
        }
        for (Session session : sessions()) {
            session.core().destroy();
        }
        serverTasks.close();
        ownLane.close();
        fanOutLane.close();
        if (config.ownsScheduler() && config.scheduler() instanceof AutoCloseable closeable) {
            try {
                closeable.close();
            } catch (Exception e) {
                throw new PanelException("Closing the scheduler failed", e);
            }
        }
    }

    /**
     * A host's configuration.
     *
     * @param scheduler      the clock
     * @param ownsScheduler  whether the host closes the clock when it closes
     * @param errorHandler   where every callback error goes
     * @param devMode        whether the default error handler shows users the exception, not only a reference
     * @param fanOutWorkers  how many platform threads at most flush a change shown in many sessions
     *                       (docs/concurrency.md, "Which thread runs what")
     */
    public record Config(Scheduler scheduler, boolean ownsScheduler, ErrorHandler errorHandler, boolean devMode,
                         int fanOutWorkers) {

        /** The largest number of fan-out workers a host accepts. */
        public static final int MAX_FAN_OUT_WORKERS = 256;

        /** Validates the fields. */
        public Config {
            Objects.requireNonNull(scheduler, "scheduler");
            Objects.requireNonNull(errorHandler, "errorHandler");
            checkFanOutWorkers(fanOutWorkers);
        }

        private static int checkFanOutWorkers(int count) {
            if (count < 1 || count > MAX_FAN_OUT_WORKERS) {
                throw new IllegalArgumentException("fanOutWorkers must be between 1 and " + MAX_FAN_OUT_WORKERS
                        + ", not " + count);
            }
            return count;
        }

        /** A configuration for production (no dev mode, the default fan-out workers). */
        public Config(Scheduler scheduler, boolean ownsScheduler, ErrorHandler errorHandler) {
            this(scheduler, ownsScheduler, errorHandler, false, defaultFanOutWorkers());
        }

        /** The fan-out workers a host has unless configured: half the processors, at least one (docs/decisions/0032). */
        public static int defaultFanOutWorkers() {
            return FlushLane.DEFAULT_WORKERS;
        }

        /** Builds a {@link Config}; unset fields take their defaults. */
        public static final class Builder {
            private Scheduler scheduler;
            private ErrorHandler errorHandler = ErrorHandler.logAndNotify();
            private boolean devMode;
            private int fanOutWorkers = defaultFanOutWorkers();

            /** A builder with every default: the real clock, errors logged and shown as a reference, no dev mode. */
            public Builder() {}

            /**
             * Dev mode: the default error handler shows the user the exception's class and message
             * besides the reference. Off by default: a page then shows only the reference, the log the rest.
             */
            public Builder devMode(boolean value) {
                this.devMode = value;
                return this;
            }

            /** Uses {@code clock} instead of a fresh {@link SystemScheduler}; the caller closes it. */
            public Builder scheduler(Scheduler clock) {
                this.scheduler = Objects.requireNonNull(clock, "scheduler");
                return this;
            }

            /**
             * At most {@code count} platform threads flush changes shown in many sessions (1 to
             * {@value Config#MAX_FAN_OUT_WORKERS}; default {@link Config#defaultFanOutWorkers()}). More
             * deliver a burst to many sessions faster and leave fewer cores for everything else.
             */
            public Builder fanOutWorkers(int count) {
                this.fanOutWorkers = checkFanOutWorkers(count);
                return this;
            }

            /** Sends every callback error to {@code handler} instead of logging and notifying. */
            public Builder errorHandler(ErrorHandler handler) {
                this.errorHandler = Objects.requireNonNull(handler, "errorHandler");
                return this;
            }

            Config build() {
                return scheduler == null
                        ? new Config(new SystemScheduler(), true, errorHandler, devMode, fanOutWorkers)
                        : new Config(scheduler, false, errorHandler, devMode, fanOutWorkers);
            }
        }
    }
}
