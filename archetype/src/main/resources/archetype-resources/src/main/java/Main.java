package ${package};

import static org.panel4j.Panel.async;

import java.time.Duration;
import java.util.Map;
import org.panel4j.App;
import org.panel4j.layout.Row;
import org.panel4j.server.AppCatalog;
import org.panel4j.server.ServeCommand;
import org.panel4j.widget.Button;
import org.panel4j.widget.StaticText;

/**
 * Serves the app at http://127.0.0.1:5006/ ({@code --port 8080} or {@code PORT=8080} for another port;
 * {@code --dev} reloads it, and its open pages, whenever its classes are recompiled).
 */
public final class Main implements AppCatalog {

    /** The catalog {@code serve} loads, afresh on each reload with {@code --dev}. */
    public Main() {}

    /** The app: each browser page gets its own button and text. */
    public static App app() {
        return session -> {
            var button = new Button("Click me!");
            var text = new StaticText();
            button.onClick(async(event -> {      // runs on its own virtual thread
                text.setValue("Running " + event.newValue());
                Thread.sleep(Duration.ofSeconds(2));
                text.setValue("Finished " + event.newValue());
            }));
            return new Row(button, text);
        };
    }

    /** The apps this program serves, by path. */
    @Override
    public Map<String, App> apps() {
        return Map.of("/", app().describedAs("Hello panel4j", "A button with an async callback"));
    }

    /** Prints {@code Serving Hello panel4j on http://127.0.0.1:5006/} and serves until Ctrl-C. */
    public static void main(String[] args) {
        System.exit(new ServeCommand(Main.class).execute(args));
    }
}
