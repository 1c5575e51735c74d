package org.panel4j.examples.browser;

import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import org.panel4j.App;
import org.panel4j.examples.Examples;
import org.panel4j.examples.PicsumHandler;
import org.panel4j.examples.table.TripsDataset;
import org.panel4j.server.HttpHandler;
import org.panel4j.server.PanelServer;
import org.panel4j.server.ServerConfig;

/**
 * A real panel4j server on a free loopback port serving every example of {@link Examples#apps} (and
 * any extra test apps) with a picsum stand-in at {@code /picsum}, which the image examples fetch from.
 */
final class ExamplesServer implements AutoCloseable {

    private final PanelServer server;

    private ExamplesServer(PanelServer server) {
        this.server = server;
    }

    /** Every example, with the usual stand-in images. */
    static ExamplesServer start() {
        return start(new PicsumHandler(), Map.of());
    }

    /** Every example, {@code /table} showing {@code trips} (the test's own instance, to check the page against). */
    static ExamplesServer start(TripsDataset trips) {
        return start(new PicsumHandler(), Map.of(), config -> { }, trips);
    }

    /** Every example plus {@code extraApps} (path to app), with {@code picsum} answering at {@code /picsum}. */
    static ExamplesServer start(HttpHandler picsum, Map<String, App> extraApps) {
        return start(picsum, extraApps, config -> { });
    }

    /** As {@link #start(HttpHandler, Map)}, then {@code configure} may change more settings (e.g. the grace period). */
    static ExamplesServer start(HttpHandler picsum, Map<String, App> extraApps,
                                Consumer<ServerConfig.Builder> configure) {
        return start(picsum, extraApps, configure, new TripsDataset());
    }

    private static ExamplesServer start(HttpHandler picsum, Map<String, App> extraApps,
                                        Consumer<ServerConfig.Builder> configure, TripsDataset trips) {
        var self = new AtomicReference<PanelServer>();
        var apps = Examples.apps(() -> "http://127.0.0.1:" + self.get().port() + "/picsum", trips);
        PanelServer server = PanelServer.create(config -> {
            config.port(0).handler("/picsum", picsum);
            apps.forEach(config::app);
            extraApps.forEach(config::app);
            configure.accept(config);
        });
        self.set(server);
        return new ExamplesServer(server.start());
    }

    /** The full URL of {@code path} on this server, e.g. {@code url("/async_click")}. */
    String url(String path) {
        return "http://127.0.0.1:" + server.port() + path;
    }

    PanelServer server() {
        return server;
    }

    /** Stops the server; harmless when already stopped. */
    @Override
    public void close() {
        server.stop();
    }
}
