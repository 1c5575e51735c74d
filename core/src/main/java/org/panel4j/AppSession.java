package org.panel4j;

import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.panel4j.component.Component;
import org.panel4j.session.PanelException;
import org.panel4j.session.Session;
import org.panel4j.session.SessionHost;
import org.panel4j.session.internal.SessionCore;

/**
 * A session running an app: the session and the root of the view its factory built.
 *
 * @param session the session
 * @param root    the root component, attached to the session
 */
public record AppSession(Session session, Component root) {

    /** Validates the fields. */
    public AppSession {
        Objects.requireNonNull(session, "session");
        Objects.requireNonNull(root, "root");
    }

    /**
     * Opens a new session of {@code host} and builds {@code app}'s view in it, holding the lock.
     *
     * @throws PanelException if the factory throws or returns null; the session is destroyed then
     */
    public static AppSession open(App app, SessionHost host) {
        return open(app, host, null);
    }

    /**
     * Like {@link #open(App, SessionHost)}, for an authenticated {@code user} (null: none), which the
     * app reads as {@link Session#principal()}.
     */
    public static AppSession open(App app, SessionHost host, java.security.@Nullable Principal user) {
        return open(app, host, user, Map.of());
    }

    /**
     * Like {@link #open(App, SessionHost, java.security.Principal)}, then applies the page's URL query
     * {@code location} (name to wire value) to the parameters the app synced through
     * {@link Session#location()}, before anything is sent (a refused value warns and keeps the default).
     */
    public static AppSession open(App app, SessionHost host, java.security.@Nullable Principal user,
                                  Map<String, Object> location) {
        Objects.requireNonNull(app, "app");
        Objects.requireNonNull(location, "location");
        Session session = host.newSession();
        if (user != null) {
            SessionCore.of(session).setPrincipal(user);
        }
        Component[] root = new Component[1];
        try {
            session.withLock(() -> {
                Object view = app.build(session);
                if (view == null) {
                    throw new IllegalStateException("the app returned no view (null)");
                }
                Component view0 = Panel.panel(view);
                root[0] = view0;
                view0.attach(session);
                SessionCore.of(session).setRoot(view0);
                // a component shared with other sessions must forget this one when it ends
                session.onDestroyed(ended -> view0.detach(ended));
                if (!location.isEmpty()) {
                    SessionCore.of(session).restoreLocation(location);
                }
            });
        } catch (Exception e) {
            SessionCore.of(session).destroy();
            throw new PanelException("The app failed to build its view: " + e, e);
        }
        SessionCore.of(session).opened(); // server-wide session-created hooks, outside the lock
        return new AppSession(session, root[0]);
    }
}
