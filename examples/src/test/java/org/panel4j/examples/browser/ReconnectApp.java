package org.panel4j.examples.browser;

import java.time.Duration;
import java.util.concurrent.CopyOnWriteArrayList;
import org.panel4j.App;
import org.panel4j.layout.Column;
import org.panel4j.session.PeriodicCallback;
import org.panel4j.session.Session;
import org.panel4j.widget.Button;
import org.panel4j.widget.StaticText;

/**
 * The app of {@link ReconnectBrowserTest}, one per session: a click counter only its session knows, a
 * periodic tick every 100 ms, a note and a column the test changes from outside. Every session built
 * is kept in the list {@link #app} is given, so the test sees whether a reconnect made a new one.
 */
final class ReconnectApp {

    final Session session;
    final StaticText clicks = new StaticText("Clicks: 0");
    final StaticText ticks = new StaticText("Tick 0");
    final StaticText note = new StaticText("untouched");
    final Column column;
    final PeriodicCallback ticker;

    private ReconnectApp(Session session) {
        this.session = session;
        var count = new Button("Count");
        count.onClick(event -> clicks.setValue("Clicks: " + event.newValue()));
        clicks.setName("clicks");
        ticks.setName("ticks");
        note.setName("note");
        column = new Column(count, clicks, ticks, note);
        ticker = session.addPeriodicCallback(p -> ticks.setValue("Tick " + p.counter()), Duration.ofMillis(100));
    }

    /** The app; each session's parts are added to {@code built}. */
    static App app(CopyOnWriteArrayList<ReconnectApp> built) {
        return session -> {
            var app = new ReconnectApp(session);
            built.add(app);
            return app.column;
        };
    }
}
