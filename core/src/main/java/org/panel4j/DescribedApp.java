package org.panel4j;

import java.util.Objects;
import org.panel4j.session.Session;

/**
 * An app with the words its page shows before it connects: the browser tab's title, and a one-line
 * description the server's index lists beside it. Made by {@link App#describedAs}.
 *
 * @param app         the app itself
 * @param title       the page's title (the tab, the index link)
 * @param description one line about the app, for the index (may be empty)
 */
public record DescribedApp(App app, String title, String description) implements App {

    /** Checks the parts: none null, the title not blank. */
    public DescribedApp {
        Objects.requireNonNull(app, "app");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(description, "description");
        if (title.isBlank()) {
            throw new IllegalArgumentException("an app's title must not be blank");
        }
    }

    @Override
    public Object build(Session session) throws Exception {
        return app.build(session);
    }
}
