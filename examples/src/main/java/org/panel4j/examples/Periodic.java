package org.panel4j.examples;

import static org.panel4j.Panel.async;

import java.time.Duration;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import org.panel4j.App;
import org.panel4j.layout.Column;
import org.panel4j.layout.Row;
import org.panel4j.pane.Progress;
import org.panel4j.session.PeriodicCallback;
import org.panel4j.widget.Button;
import org.panel4j.widget.ButtonType;
import org.panel4j.widget.StaticText;

/**
 * An async periodic callback that updates a text and a progress bar every second from the moment the
 * page opens, with stop and start buttons.
 */
public final class Periodic {

    private static final DateTimeFormatter CLOCK = DateTimeFormatter.ofPattern("HH:mm:ss");

    private Periodic() {}

    /** The app. */
    public static App app() {
        return session -> {
            var text = new StaticText("Starting…");
            text.setName("Last tick");
            var progress = new Progress(0, 10);
            var start = new Button("Start").buttonType(ButtonType.SUCCESS);
            var stop = new Button("Stop").buttonType(ButtonType.DANGER);
            PeriodicCallback ticker = session.addPeriodicCallback(async(tick -> {
                Thread.sleep(100); // stands for a short I/O call
                long n = tick.counter();
                // under the lock, as Stop's click runs: a tick that was sleeping when Stop came writes nothing
                session.withLock(() -> {
                    if (tick.isRunning()) {
                        text.setValue("Tick " + n + " at " + LocalTime.now().format(CLOCK));
                        progress.setValue((int) (n % 11));
                    }
                });
            }), Duration.ofSeconds(1));
            start.onClick(event -> ticker.start());
            stop.onClick(event -> {
                ticker.stop();
                text.setValue(text.getValue() + " (stopped)");
            });
            return new Column(
                    "## Periodic callback\nAn async callback runs every second while started.",
                    new Row(start, stop), text, progress);
        };
    }
}
