package org.panel4j.examples;

import static org.panel4j.Panel.async;

import java.time.Duration;
import org.panel4j.App;
import org.panel4j.layout.Column;
import org.panel4j.layout.Row;
import org.panel4j.widget.Button;
import org.panel4j.widget.ButtonType;
import org.panel4j.widget.StaticText;

/** Each click starts a 2-second task: 'Running N' at once, 'Finished N' when done; clicks run side by side. */
public final class AsyncClick {

    private AsyncClick() {}

    /** The app. */
    public static App app() {
        return session -> {
            var button = new Button("Click me!").buttonType(ButtonType.PRIMARY);
            var text = new StaticText();
            button.onClick(async(event -> {
                text.setValue("Running " + event.newValue());
                Thread.sleep(Duration.ofSeconds(2));
                text.setValue("Finished " + event.newValue());
            }));
            return new Column(
                    "## Async click\nEach click runs a two-second task in the background; click again while it runs.",
                    new Row(button, text));
        };
    }
}
