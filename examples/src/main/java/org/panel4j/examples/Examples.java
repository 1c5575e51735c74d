package org.panel4j.examples;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;
import org.panel4j.App;
import org.panel4j.examples.gallery.Gallery;
import org.panel4j.examples.table.TripsDataset;
import org.panel4j.server.AppCatalog;
import org.panel4j.server.ServeCommand;

/**
 * Serves every example on one server (port 5006 by default; {@code --port} or {@code PORT} to change),
 * with the picsum stand-in at {@code /picsum}. {@code PICSUM_BASE=https://picsum.photos} fetches the
 * real images instead. {@code --dev} reloads the examples when their classes are recompiled.
 */
public final class Examples implements AppCatalog {

    /** The system property naming where images come from: set once by {@link #main}, read by each reload. */
    private static final String PICSUM_BASE_PROPERTY = "panel4j.examples.picsumBase";

    /** The catalog {@code serve} loads (afresh on each reload in dev mode). */
    public Examples() {}

    @Override
    public Map<String, App> apps() {
        return apps(() -> System.getProperty(PICSUM_BASE_PROPERTY));
    }

    /** The example apps by path, fetching images from {@code picsumBase}. */
    public static Map<String, App> apps(Supplier<String> picsumBase) {
        return apps(picsumBase, new TripsDataset());
    }

    /**
     * The example apps by path, fetching images from {@code picsumBase}; {@code /table} shows
     * {@code trips} (a test holding the same instance can check what the page shows against it).
     */
    public static Map<String, App> apps(Supplier<String> picsumBase, TripsDataset trips) {
        var images = new ImageSource(picsumBase);
        var apps = new LinkedHashMap<String, App>();
        var links = new LinkedHashMap<String, String>();
        links.put("/async_click", "Async click");
        links.put("/bind_image", "Bound image");
        links.put("/watch_image", "Watched image");
        links.put("/periodic", "Periodic callback");
        links.put("/async_stream", "Streaming plot");
        links.put("/table", "Data table");
        links.put("/gallery", "Component gallery");
        apps.put("/async_click", ExamplePage.of(links.get("/async_click"),
                "Each click runs a two-second task in the background; the page stays live.", AsyncClick.app(), links));
        apps.put("/bind_image", ExamplePage.of(links.get("/bind_image"),
                "A slider drives an async image fetch; the newest result wins.", BindImage.app(images), links));
        apps.put("/watch_image", ExamplePage.of(links.get("/watch_image"),
                "A watcher loads an image in the background when the slider moves.", WatchImage.app(images), links));
        apps.put("/periodic", ExamplePage.of(links.get("/periodic"),
                "A callback every second keeps a counter fresh; start and stop it.", Periodic.app(), links));
        apps.put("/async_stream", ExamplePage.of(links.get("/async_stream"),
                "Each click streams points of a random walk into a live plot.", AsyncStream.app(), links));
        apps.put("/table", ExamplePage.of(links.get("/table"),
                "A million orders paged from the server, ten million trips in memory or in DuckDB, a live log and an editable stock list.", TableExample.app(trips), links));
        apps.put("/gallery", Gallery.app().describedAs(links.get("/gallery"),
                "Every component, next to the code that makes it."));
        return apps;
    }

    /** Runs the {@code serve} command over the examples. */
    public static void main(String[] args) {
        String configured = System.getenv("PICSUM_BASE");
        var command = new ServeCommand(Examples.class)
                .handler("/picsum", new PicsumHandler())
                .beforeStart(config -> System.setProperty(PICSUM_BASE_PROPERTY,
                        configured != null && !configured.isBlank()
                                ? configured
                                : "http://127.0.0.1:" + config.port() + "/picsum"));
        System.exit(command.execute(args));
    }
}
