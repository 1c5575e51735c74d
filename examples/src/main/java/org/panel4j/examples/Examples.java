package org.panel4j.examples;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;
import org.panel4j.App;
import org.panel4j.examples.gallery.Gallery;
import org.panel4j.server.ServeCommand;
import picocli.CommandLine;

/**
 * Serves every example on one server (port 5006 by default; {@code --port} or {@code PORT} to change),
 * with the picsum stand-in at {@code /picsum}. {@code PICSUM_BASE=https://picsum.photos} fetches the
 * real images instead.
 */
public final class Examples {

    private Examples() {}

    /** The example apps by path, fetching images from {@code picsumBase}. */
    public static Map<String, App> apps(Supplier<String> picsumBase) {
        var images = new ImageSource(picsumBase);
        var apps = new LinkedHashMap<String, App>();
        apps.put("/async_click", AsyncClick.app().describedAs("Async click",
                "Each click runs a two-second task in the background; the page stays live."));
        apps.put("/bind_image", BindImage.app(images).describedAs("Bound image",
                "A slider drives an async image fetch; the newest result wins."));
        apps.put("/watch_image", WatchImage.app(images).describedAs("Watched image",
                "A watcher loads an image in the background when the slider moves."));
        apps.put("/periodic", Periodic.app().describedAs("Periodic callback",
                "A callback every second keeps a counter fresh; start and stop it."));
        apps.put("/async_stream", AsyncStream.app().describedAs("Streaming plot",
                "Each click streams points of a random walk into a live plot."));
        apps.put("/gallery", Gallery.app().describedAs("Component gallery",
                "Every component, next to the code that makes it."));
        return apps;
    }

    /** Runs the {@code serve} command over the examples. */
    public static void main(String[] args) {
        String configured = System.getenv("PICSUM_BASE");
        var base = new String[1];
        var command = new ServeCommand(apps(() -> base[0]));
        command.handler("/picsum", new PicsumHandler());
        var cli = new CommandLine(command);
        cli.setExecutionStrategy(parsed -> {
            base[0] = configured != null && !configured.isBlank()
                    ? configured
                    : "http://127.0.0.1:" + command.config().port() + "/picsum";
            return new CommandLine.RunLast().execute(parsed);
        });
        System.exit(cli.execute(args));
    }
}
