package org.panel4j.server;

import java.io.IOException;
import java.io.PrintWriter;
import java.time.Duration;
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
import org.panel4j.server.internal.ClientVersion;
import org.panel4j.server.internal.DevReload;
import org.panel4j.server.internal.Warmup;

/**
 * The {@code serve} command: serves the apps the caller hands it until the process ends. With several
 * apps, {@code /} lists them. Given an {@link AppCatalog} class, {@code --dev} also reloads the apps when
 * their compiled classes change (the IDE or {@code mvn compile} rewrote them), and every open page
 * reloads itself.
 *
 * {@snippet :
 * public static void main(String[] args) {
 *     System.exit(new ServeCommand(MyApps.class).execute(args));
 * }
 * }
 *
 * {@code serve --help} lists the options; each takes {@code --name value} or {@code --name=value}.
 */
public final class ServeCommand implements Callable<Integer> {

    private ServeOptions options = ServeOptions.parse();
    private final Supplier<Map<String, App>> apps;
    private final @Nullable Class<? extends AppCatalog> catalog;
    private final Map<String, HttpHandler> handlers = new LinkedHashMap<>();
    private Consumer<ServerConfig.Builder> configure = config -> {};
    private Consumer<ServerConfig> beforeStart = config -> {};
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

    /**
     * Also runs {@code action} with the configuration just before the server starts (after the options
     * are parsed: e.g. to hand the apps the port they are served on); returns this.
     */
    public ServeCommand beforeStart(Consumer<ServerConfig> action) {
        this.beforeStart = this.beforeStart.andThen(Objects.requireNonNull(action, "action"));
        return this;
    }

    /**
     * Reads the options from {@code args} (the defaults for those not given; {@code --help} lists them);
     * returns this.
     *
     * @throws IllegalArgumentException on a usage error: an unknown option, a missing or malformed value,
     *     a single-valued option given twice, an argument that is no option; the message names it
     */
    public ServeCommand parse(String... args) {
        this.options = ServeOptions.parse(args);
        return this;
    }

    /**
     * Runs the command as a program's {@code main}: parses {@code args}, then serves until the process
     * ends (see {@link #call}). Returns the exit code: 0 after {@code --help} or {@code --version} (printed
     * on standard output) or once the server stopped; 2 on a usage error (the error and the usage on
     * standard error, nothing started); 1 if serving failed (on standard error: the message of an invalid
     * value, such as a malformed origin, or the stack trace of another failure, such as a port in use).
     */
    public int execute(String... args) {
        return execute(new PrintWriter(System.out, true), new PrintWriter(System.err, true), args);
    }

    /** {@link #execute(String...)} printing help and errors on {@code out} and {@code err}. */
    int execute(PrintWriter out, PrintWriter err, String... args) {
        try {
            parse(args);
        } catch (IllegalArgumentException e) {
            err.println(e.getMessage());
            ServeOptions.printUsage(err);
            return 2;
        }
        if (options.help()) {
            ServeOptions.printUsage(out);
            return 0;
        }
        if (options.version()) {
            out.println("panel4j " + ClientVersion.CURRENT);
            out.flush();
            return 0;
        }
        try {
            return call();
        } catch (IllegalArgumentException e) {
            err.println("serve: " + e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            err.println("serve: interrupted");
        } catch (Exception e) {
            e.printStackTrace(err);
        }
        err.flush();
        return 1;
    }

    /** The parsed options. */
    ServeOptions options() {
        return options;
    }

    /** The configuration the parsed options describe. @throws IllegalArgumentException if invalid */
    public ServerConfig config() {
        Map<String, App> served = reloadingApps().orElseGet(apps);
        return ServerConfig.of(config -> {
            config.port(options.port()).address(options.address()).devMode(options.dev())
                    .drainDeadline(Duration.ofSeconds(options.drainSeconds()));
            String nodeId = options.nodeId();
            if (nodeId != null) {
                config.nodeId(nodeId);
            }
            Integer metricsPort = options.metricsPort();
            if (metricsPort != null) {
                config.metricsPort(metricsPort).metricsAddress(options.metricsAddress());
            }
            served.forEach(config::app);
            handlers.forEach(config::handler);
            options.origins().forEach(config::allowWebSocketOrigin);
            config.trustedProxies(options.trustedProxies().toArray(String[]::new));
            config.allowedHosts(options.hosts().toArray(String[]::new));
            config.allowImageSources(options.imageSources().toArray(String[]::new));
            configure.accept(config);
        });
    }

    /** In dev mode with a catalog class: the reloading stand-ins of its apps (made once). */
    private Optional<Map<String, App>> reloadingApps() {
        if (!options.dev() || catalog == null) {
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
        if (options.exitAfterWarmup()) {
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
        ServerConfig config = config();
        beforeStart.accept(config);
        PanelServer server = PanelServer.create(config).start();
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
