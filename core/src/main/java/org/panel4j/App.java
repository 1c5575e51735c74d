package org.panel4j;

import org.panel4j.session.Session;

/**
 * An app: builds a fresh view for each session (each browser page). It receives the session, so
 * callbacks can reach it without any thread-local. Whatever it returns is wrapped by
 * {@link Panel#panel}. It runs holding the session lock; it may throw (the page then fails to open).
 *
 * {@snippet :
 * App app = session -> new Row(new Button("Click me!"), new StaticText());
 * }
 */
@FunctionalInterface
public interface App {

    /** Builds the view of one session. */
    Object build(Session session) throws Exception;

    /**
     * This app with a page title and a one-line description, shown in the browser's tab and on the
     * server's index of apps (without them the title comes from the app's path).
     *
     * {@snippet :
     * config.app("/ops", app.describedAs("Operations", "Service health, deploys and logs"));
     * }
     */
    default DescribedApp describedAs(String title, String description) {
        return new DescribedApp(this instanceof DescribedApp described ? described.app() : this, title, description);
    }
}
