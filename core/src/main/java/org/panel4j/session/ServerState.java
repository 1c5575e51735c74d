package org.panel4j.session;

import java.time.Duration;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * The server-wide state an app may use, Panel's {@code pn.state} outside a session: periodic callbacks that
 * run once for the whole server, bounded caches, hooks on every session's start and end, and links that
 * let an HTTP route know the page's session. Reach it through {@code session.host().state()} in an app, or
 * {@code PanelServer.state()} before the server starts. Thread-safe; docs/server-wide-state.md says on which
 * thread each callback runs and what it may touch.
 *
 * {@snippet :
 * SharedValue<String> price = SharedValue.of("…");                      // one feed for every page
 * server.state().addPeriodicCallback(async(tick -> price.set(fetchPrice())), Duration.ofSeconds(1));
 * App app = session -> {
 *     var text = new StaticText();
 *     price.bind(session, p -> text.setValue("Price: " + p));           // ends with the session
 *     return new Row(text);
 * };
 * }
 */
public final class ServerState {

    /** The query parameter that carries a session link's token. */
    public static final String LINK_PARAMETER = "p4j-session";

    private static final Pattern LINK_PATH = Pattern.compile("/[A-Za-z0-9_.~/%-]*(\\?[A-Za-z0-9_.~%=&+-]*)?");

    private final SessionHost host;

    ServerState(SessionHost host) {
        this.host = host;
    }

    /**
     * Schedules {@code callback} every {@code period}, once for the whole server however many sessions
     * there are, starting now. A sync callback runs on the clock's thread, an {@link Async} one on a virtual
     * thread of its own (blocking is fine there); neither holds any session lock, so it sets shared state
     * ({@link SharedValue}, a component shown by many pages), never one session's components. An error goes
     * to the host's error handler (kind {@code periodic}, no session) and the next run comes as planned. It
     * stops on {@link PeriodicCallback#stop()} or when the server (the host) stops.
     */
    public PeriodicCallback addPeriodicCallback(Callback<PeriodicCallback> callback, Duration period) {
        return host.addPeriodicCallback(callback, period);
    }

    /**
     * Makes a cache of at most {@code maximumSize} entries, each kept {@code timeToLive} after it was loaded,
     * that loads a missing key with {@code loader} (see {@link SharedCache}). Its clock is the host's.
     *
     * @throws IllegalArgumentException if {@code maximumSize} is not positive or {@code timeToLive} not positive
     */
    public <K, V> SharedCache<K, V> cache(long maximumSize, Duration timeToLive, SharedCache.Loader<K, V> loader) {
        return new SharedCache<>(maximumSize, timeToLive, loader, host.scheduler());
    }

    /**
     * Calls {@code hook} with each new session once its app's view is built (before the page's socket gets
     * it), on the thread that opened the session (the server: the socket upgrade's virtual thread), without
     * the session lock. Errors go to the host's error handler (kind {@code sessionCreated}), never to the
     * page's opening. Sessions open before the hook was added are not announced.
     */
    public Registration onSessionCreated(Callback<Session> hook) {
        return host.onSessionCreated(hook);
    }

    /**
     * Calls {@code hook} when a session announced to {@link #onSessionCreated} hooks ends, on the thread that
     * ends it, after its tasks were cancelled and its own {@link Session#onDestroyed} callbacks, without the
     * session lock. Errors go to the host's error handler (kind {@code sessionDestroyed}).
     */
    public Registration onSessionDestroyed(Callback<Session> hook) {
        return host.onSessionDestroyed(hook);
    }

    /** The number of live sessions. */
    public int sessionCount() {
        return host.sessionCount();
    }

    /**
     * A link to {@code path} (an HTTP route of the server, e.g. {@code /report}) that names {@code session}:
     * the route's handler sees the session (and its user must be the session's). The link carries the
     * session's link token in {@link #LINK_PARAMETER}: 128 random bits, not the session id, the same for the
     * session's life and useless after it. Anyone holding the link reaches the handler as that session (for
     * the session's user when the server signs users in), so show it only to that page.
     *
     * @throws IllegalArgumentException if {@code path} is not an absolute path (with or without a query)
     */
    public String sessionLink(Session session, String path) {
        Objects.requireNonNull(session, "session");
        Objects.requireNonNull(path, "path");
        if (!LINK_PATH.matcher(path).matches()) {
            throw new IllegalArgumentException("ServerState.sessionLink needs an absolute path, not '"
                    + ClientText.bounded(path, 80) + "'");
        }
        return path + (path.indexOf('?') < 0 ? "?" : "&") + LINK_PARAMETER + "=" + host.links().token(session);
    }
}
