package org.panel4j.session;

import java.security.Principal;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.Base64;
import java.util.Optional;
import org.panel4j.session.internal.SessionCoreAccess;

/**
 * One browser page's server side. It runs sync callbacks one at a time holding its lock, async
 * callbacks on virtual threads it owns, periodic callbacks on its host's clock; it coalesces
 * changes for its client and reports every callback error to one handler. Created by a
 * {@link SessionHost}; passed explicitly to the app factory and carried by events.
 * All methods are thread-safe: call any of them from any thread (docs/concurrency.md says which thread
 * runs each callback and what holds the lock then).
 *
 * <p>This is what an app uses. Components and the server reach the rest of the session (delivery,
 * client input, its end) through {@code org.panel4j.session.internal.SessionCore}, which is not API.
 */
public final class Session {

    private static final SecureRandom RANDOM = new SecureRandom();

    static {
        SessionCoreAccess.install(Session::core); // the internal package's only way in; see SessionCoreAccess
    }

    private final String id = newId();
    private final SessionHost host;
    private final SessionCoreImpl core;
    private final Location location = new Location(this);

    Session(SessionHost host) {
        this.host = host;
        this.core = new SessionCoreImpl(this, host);
    }

    private static String newId() {
        var bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    /** The session's state and machinery, for this package and, through the hook, the internal one. */
    SessionCoreImpl core() {
        return core;
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
    public Optional<Principal> principal() {
        return Optional.ofNullable(core.principal());
    }

    /** Whether the session has ended (its page is gone or the server closed it). */
    public boolean isDestroyed() {
        return core.isDestroyed();
    }

    // ---- locking ----------------------------------------------------------------------------

    /**
     * Runs {@code block} holding the session lock: mutual exclusion with sync callbacks, and what it
     * changes is delivered as one batch after it returns. Reentrant. Exceptions propagate.
     */
    public void withLock(ThrowingRunnable block) throws Exception {
        core.withLock(block);
    }

    /** Whether the calling thread holds this session's lock. */
    public boolean isLockHeldByCurrentThread() {
        return core.isLockHeldByCurrentThread();
    }

    /**
     * Runs {@code block} with delivery held: its changes reach the client together, after it returns.
     * Unlike {@link #withLock} it excludes nobody. Exceptions propagate.
     */
    public void hold(ThrowingRunnable block) throws Exception {
        core.hold(block);
    }

    // ---- callbacks --------------------------------------------------------------------------

    /** Starts {@code body} as an async task of this session, on its own virtual thread. */
    public Task submit(TaskCallback<Session> body) {
        return core.submit(body);
    }

    /**
     * Runs {@code callback} soon, on a virtual thread, holding the session lock (like a sync callback),
     * e.g. to change the view from a thread the session does not own.
     */
    public void execute(Callback<Session> callback) {
        core.execute(callback);
    }

    /**
     * Schedules {@code callback} every {@code period}, starting now (sync or {@link Async});
     * configure it further through the returned handle, then it runs until stopped or the session ends.
     */
    public PeriodicCallback addPeriodicCallback(Callback<PeriodicCallback> callback, Duration period) {
        return core.addPeriodicCallback(callback, period);
    }

    /** Runs {@code callback} (sync, holding the lock) once the client has first connected. */
    public Registration onLoad(Callback<Session> callback) {
        return core.onLoad(callback);
    }

    /** Runs {@code callback} when the session ends, after its tasks were cancelled. */
    public Registration onDestroyed(Callback<Session> callback) {
        return core.onDestroyed(callback);
    }

    /** Ties {@code registration} to this session: it is cancelled when the session ends. */
    public void own(Registration registration) {
        core.own(registration);
    }

    /**
     * Shows {@code notification} to this session's user as a toast; cancelling the returned registration
     * dismisses it. Any thread. {@link #notifications()} has the short forms.
     */
    public Registration notify(Notification notification) {
        long id = core.notify(notification);
        return id == 0 ? () -> { } : () -> core.dismiss(id);
    }

    /** This session's notifications: {@code info}, {@code success}, {@code warning}, {@code error}, {@code clear} (Panel's {@code pn.state.notifications}). */
    public Notifications notifications() {
        return new Notifications(this);
    }

    /**
     * The page's URL query parameters synced with component values (Panel's {@code pn.state.location}):
     * {@code session.location().sync(slider, "n")}. See {@link Location}.
     */
    public Location location() {
        return location;
    }

    /** Dismisses every notification this session's page shows. */
    void dismissNotifications() {
        core.dismiss(0);
    }

    /** The number of async tasks of this session still running. */
    public int runningTasks() {
        return core.runningTasks();
    }

    @Override
    public String toString() {
        return "Session[" + shortId() + "]";
    }
}
