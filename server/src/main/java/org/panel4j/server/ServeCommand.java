package org.panel4j.server;

import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;
import org.panel4j.App;
import org.panel4j.DescribedApp;
import org.panel4j.server.internal.DevReload;
import org.panel4j.server.internal.Warmup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * The {@code serve} command: serves the apps the caller hands it until the process ends. With several
 * apps, {@code /} lists them. Given an {@link AppCatalog} class, {@code --dev} also reloads the apps when
 * their compiled classes change (the IDE or {@code mvn compile} rewrote them), and every open page
 * reloads itself.
 *
 * {@snippet :
 * public static void main(String[] args) {
 *     System.exit(new CommandLine(new ServeCommand(MyApps.class)).execute(args));
 * }
 * }
 */
@Command(name = "serve", mixinStandardHelpOptions = true, description = "Serves panel4j apps.")
public final class ServeCommand implements Callable<Integer> {

    @Option(names = "--port", description = "The port (default: $PORT or 5006).")
    private int port = ServerConfig.defaultPort();

    @Option(names = "--address", description = "The address to bind (default: ${DEFAULT-VALUE}).")
    private String address = "127.0.0.1";

    @Option(names = "--allow-websocket-origin", paramLabel = "ORIGIN",
            description = "An origin (scheme://host[:port]) whose pages may connect; repeatable.")
    private List<String> origins = new ArrayList<>();

    @Option(names = "--trusted-proxy", paramLabel = "ADDRESS",
            description = "A reverse proxy (address or CIDR range) whose X-Forwarded-For names the client; repeatable.")
    private List<String> trustedProxies = new ArrayList<>();

    @Option(names = "--allow-host", paramLabel = "NAME",
            description = "A host name (or *.domain, or IP address) the server answers to besides localhost "
                    + "and the bound address; repeatable; added to $PANEL4J_ALLOWED_HOSTS (comma-separated).")
    private List<String> hosts = new ArrayList<>();

    @Option(names = "--allow-image-source", paramLabel = "SOURCE",
            description = "An origin (scheme://host[:port]) or scheme (https:) pages may load images from; repeatable.")
    private List<String> imageSources = new ArrayList<>();

    @Option(names = "--node-id", paramLabel = "ID",
            description = "This server's name as one node of several behind a reverse proxy (a-z, 0-9, -); "
                    + "sockets carry it so the proxy routes them here (docs/deploy.md).")
    private @Nullable String nodeId;

    @Option(names = "--drain-seconds", paramLabel = "SECONDS",
            description = "On SIGTERM, how long to wait for open pages to move to another node before stopping "
                    + "(default: ${DEFAULT-VALUE}).")
    private int drainSeconds = (int) NodeConfig.DEFAULT.drainDeadline().toSeconds();

    @Option(names = "--metrics-port", paramLabel = "PORT",
            description = "Serve /metrics (only) on this port, bound to --metrics-address; needs a metrics exporter "
                    + "configured by the program (module panel4j-metrics, docs/deploy.md).")
    private @Nullable Integer metricsPort;

    @Option(names = "--metrics-address", paramLabel = "ADDRESS",
            description = "The address the metrics port binds (default: ${DEFAULT-VALUE}).")
    private String metricsAddress = MetricsConfig.NONE.address();

    @Option(names = "--dev", arity = "0..1", description = "Dev mode: errors show the exception in the page; apps served "
            + "from a catalog class reload when their compiled classes change.")
    private boolean dev;

    @Option(names = "--exit-after-warmup", description = "Start, request every app's page once over loopback, "
            + "stop: the workload of an AOT training run (-XX:AOTCacheOutput, docs/deploy.md).")
    private boolean exitAfterWarmup;

    private final Supplier<Map<String, App>> apps;
    private final @Nullable Class<? extends AppCatalog> catalog;
    private final Map<String, HttpHandler> handlers = new LinkedHashMap<>();
    private Consumer<ServerConfig.Builder> configure = config -> {};
    private @Nullable DevReload reload;

    /** A command serving {@code apps}, path ({@code /} or {@code /name}) to app, in order (no reload). */
    public ServeCommand(Map<String, App> apps) {
        Map<String, App> copy = new LinkedHashMap<>(Objects.requireNonNull(apps, "apps"));
        this.apps = () -> copy;
        this.catalog = null;
    }

    /**
     * A command serving the apps of {@code catalog} (a public class with a public no-argument
     * constructor), which {@code --dev} reloads when its classes change.
     */
    public ServeCommand(Class<? extends AppCatalog> catalog) {
        this.catalog = Objects.requireNonNull(catalog, "catalog");
        this.apps = () -> DevReload.instantiate(catalog).apps();
    }

    /** Also serves plain HTTP answers from {@code handler} under {@code prefix}; returns this. */
    public ServeCommand handler(String prefix, HttpHandler handler) {
        handlers.put(Objects.requireNonNull(prefix, "prefix"), Objects.requireNonNull(handler, "handler"));
        return this;
    }

    /**
     * Also applies {@code configure} to the configuration, after the options (limits, a session host,
     * anything the options do not cover); returns this.
     */
    public ServeCommand configure(Consumer<ServerConfig.Builder> configure) {
        this.configure = this.configure.andThen(Objects.requireNonNull(configure, "configure"));
        return this;
    }

    /** The configuration the parsed options describe. @throws IllegalArgumentException if invalid */
    public ServerConfig config() {
        Map<String, App> served = reloadingApps().orElseGet(apps);
        return ServerConfig.of(config -> {
            config.port(port).address(address).devMode(dev).drainDeadline(Duration.ofSeconds(drainSeconds));
            if (nodeId != null) {
                config.nodeId(nodeId);
            }
            if (metricsPort != null) {
                config.metricsPort(metricsPort).metricsAddress(metricsAddress);
            }
            served.forEach(config::app);
            handlers.forEach(config::handler);
            origins.forEach(config::allowWebSocketOrigin);
            config.trustedProxies(trustedProxies.toArray(String[]::new));
            config.allowedHosts(hosts.toArray(String[]::new));
            config.allowImageSources(imageSources.toArray(String[]::new));
            configure.accept(config);
        });
    }

    /** In dev mode with a catalog class: the reloading stand-ins of its apps (made once). */
    private Optional<Map<String, App>> reloadingApps() {
        if (!dev || catalog == null) {
            return Optional.empty();
        }
        if (reload == null) {
            reload = DevReload.of(catalog).orElse(null);
        }
        return Optional.ofNullable(reload).map(DevReload::apps);
    }

    /**
     * Starts the server, drains and stops it on shutdown (SIGTERM, Ctrl-C: open pages move to another
     * node, for at most {@code --drain-seconds}), and blocks until then.
     */
    @Override
    public Integer call() throws InterruptedException, IOException {
        PanelServer server = start();
        if (exitAfterWarmup) {
            try {
                Warmup.run(server.port(), server.config().apps().keySet()).forEach(System.out::println);
            } finally {
                server.stop();
            }
            return 0;
        }
        Runtime.getRuntime().addShutdownHook(Thread.ofPlatform().unstarted(server::drainAndStop));
        servingLines(server.config(), server.port()).forEach(System.out::println);
        if (server.metricsPort() > 0) {
            System.out.println("Metrics on http://" + host(server.config().metrics().address()) + ":" + server.metricsPort()
                    + MetricsConfig.PATH);
        }
        server.join();
        return 0;
    }

    /** Starts the server the options describe, reloading in dev mode; the caller stops it. */
    PanelServer start() {
        PanelServer server = PanelServer.create(config()).start();
        if (reload != null) {
            reload.watch(server::reloadPages);
        }
        return server;
    }

    /** Stops watching for changes (the process's end does it otherwise). */
    void stopReloading() {
        if (reload != null) {
            reload.close();
        }
    }

    /** The host of a URL to the bound {@code address}: localhost for every address, IPv6 in brackets. */
    private static String host(String address) {
        return switch (address) {
            case "0.0.0.0", "::", "[::]" -> "localhost";
            default -> address.contains(":") ? "[" + address + "]" : address;
        };
    }

    /** What {@link #call} prints once the server listens: {@code Serving <title> on <url>} for each app. */
    static List<String> servingLines(ServerConfig config, int port) {
        String host = host(config.address());
        return config.apps().entrySet().stream().map(app -> "Serving "
                + (app.getValue() instanceof DescribedApp described ? described.title() : app.getKey())
                + " on http://" + host + ":" + port + app.getKey()).toList();
    }
}
