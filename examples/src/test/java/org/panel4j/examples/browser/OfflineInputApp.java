package org.panel4j.examples.browser;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import org.panel4j.App;
import org.panel4j.layout.Column;
import org.panel4j.session.Session;
import org.panel4j.widget.Button;
import org.panel4j.widget.IntSlider;
import org.panel4j.widget.TextInput;

/**
 * The app of the offline-input browser tests, one per session: a button whose clicks the server
 * counts, a slider and a text input whose values the server records as it applies them, and a
 * button the test removes while the page is away. Every session built is added to the list
 * {@link #app} is given.
 */
final class OfflineInputApp {

    final Session session;
    final Column column;
    final Button count = new Button("Count");
    final Button soonGone = new Button("Soon gone");
    final IntSlider level = new IntSlider(0, 10, 5);
    final TextInput note = new TextInput("Note");
    /** Clicks of {@link #count} the server handled. */
    final AtomicInteger clicks = new AtomicInteger();
    /** Clicks of {@link #soonGone} the server handled. */
    final AtomicInteger goneClicks = new AtomicInteger();
    /** Every value of {@link #level} and {@link #note} the server took, in order. */
    final List<Object> levels = new CopyOnWriteArrayList<>();
    final List<Object> notes = new CopyOnWriteArrayList<>();

    private OfflineInputApp(Session session) {
        this.session = session;
        level.setName("Level");
        count.onClick(event -> clicks.incrementAndGet());
        soonGone.onClick(event -> goneClicks.incrementAndGet());
        level.valueProperty().watch(change -> levels.add(change.newValue()));
        note.valueProperty().watch(change -> notes.add(change.newValue()));
        column = new Column(count, level, note, soonGone);
    }

    /** The app; each session's parts are added to {@code built}. */
    static App app(List<OfflineInputApp> built) {
        return session -> {
            var app = new OfflineInputApp(session);
            built.add(app);
            return app.column;
        };
    }
}
