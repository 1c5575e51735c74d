package org.panel4j.session.internal;

import java.security.Principal;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.panel4j.session.Callback;
import org.panel4j.session.ClientInputException;
import org.panel4j.session.ClientSink;
import org.panel4j.session.ClientTarget;
import org.panel4j.session.Node;
import org.panel4j.session.Pending;
import org.panel4j.session.PropKey;
import org.panel4j.session.Renderable;
import org.panel4j.session.Session;

/**
 * The plumbing side of a {@link Session}: what components and the server call to deliver changes, apply
 * client input and run the session's life; an app uses {@link Session} only. Not API. Implemented by
 * panel4j only; {@link #of} gives a session's core. All methods are thread-safe; see docs/concurrency.md
 * for which thread runs what.
 */
public interface SessionCore {

    /** The plumbing side of {@code session}. */
    static SessionCore of(Session session) {
        return SessionCoreAccess.read(session);
    }

    /**
     * Records the authenticated user; the server calls it once, before the app is built.
     *
     * @throws IllegalStateException if a user was already set
     */
    void setPrincipal(Principal user);

    /**
     * Runs a callback the way its kind says: an {@link org.panel4j.session.Async} one on a new virtual
     * thread under its concurrency policy; any other one now, on the calling thread, holding the session
     * lock. Errors go to the error pipeline; nothing is thrown.
     *
     * @param kind   the kind of callback for error reports, e.g. {@code "click"}
     * @param source the component or object the callback belongs to, for error reports
     */
    <E> void dispatch(Callback<E> callback, E event, String kind, @Nullable Object source);

    /**
     * Says the app's view is built: runs the host's session-created hooks (and arranges its destroyed hooks)
     * on the calling thread, without the session lock. Called once, by {@code AppSession.open}.
     */
    void opened();

    /** Reports an error to the host's error handler, with this session. Never throws. */
    void report(Throwable exception, String kind, @Nullable Object event, @Nullable Object source);

    /** Sets the view root; the app factory's result, set once by the host. */
    void setRoot(Renderable root);

    /** Makes a component addressable by its client; called as components attach. */
    void register(ClientTarget target);

    /** Forgets a component that left the view. */
    void unregister(ClientTarget target);

    /** Queues a change for the client (coalesced by key); ignored once the session ended. */
    void markDirty(Pending pending);

    /**
     * Queues a change made for {@code audience} sessions at once (a component shown in all of them): above
     * one, the host's fan-out lane flushes it, so the burst does not crowd out other sessions' callbacks.
     */
    void markDirty(Pending pending, int audience);

    /**
     * Connects a client: returns the whole view as it is now and sends every later change to
     * {@code sink}. A reconnecting client calls this again and resyncs from the snapshot.
     * The first connection runs the {@link Session#onLoad} callbacks. Batches may reach {@code sink} as soon
     * as the sink is registered, even before this returns: the caller must get the snapshot to the client
     * first (e.g. the sink blocks until the snapshot is sent); every batch is newer than the snapshot.
     *
     * @throws IllegalStateException if the session has ended or has no root
     */
    Node connect(ClientSink sink);

    /** Stops sending to {@code sink}; changes keep coalescing until a reconnect or the session's end. */
    void disconnect(ClientSink sink);

    /**
     * How many changes wait to be sent to the client (coalesced: at most one per property, plus deltas and
     * notifications): the session's outgoing queue depth, read by metrics under a short lock.
     */
    int pendingChanges();

    /** True when no change waits to be sent, no flush runs and no async task of this session runs. */
    boolean isQuiet();

    /**
     * Applies a property value sent by the client, holding the lock.
     *
     * The target marks the property dirty even when the value is refused, so the client always
     * gets the server's value back with {@code clientSeq} acknowledged (a refused value reverts).
     *
     * @param clientSeq the client's sequence number for this property, acknowledged in the next batch
     * @throws ClientInputException if the component is unknown or the value is not acceptable
     */
    void applyClientValue(String componentId, String prop, Object value, long clientSeq);

    /**
     * Handles a client event (a click, …) holding the lock.
     *
     * @throws ClientInputException if the component is unknown or the event is not allowed
     */
    void applyClientEvent(String componentId, String event, Map<String, Object> payload);

    /** The session's open uploads and downloads by one-time token; closed (each aborted) as the session ends. */
    Transfers transfers();

    /**
     * Ends the session: cancels its tasks and periodic callbacks, stops delivery, then runs the
     * {@link Session#onDestroyed} callbacks. Idempotent.
     */
    void destroy();

    /** The query parameters the app synced (name to property), for the page's first view. */
    Map<String, PropKey> locationSync();

    /**
     * Applies the values of a page's URL query (name to wire value) to the synced properties, holding
     * the lock; the server calls it right after the app is built, before the first view is sent.
     */
    void restoreLocation(Map<String, Object> values);
}
