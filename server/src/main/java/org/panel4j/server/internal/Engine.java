package org.panel4j.server.internal;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.locks.ReentrantLock;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.HttpConfiguration;
import org.eclipse.jetty.server.HttpConnectionFactory;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.server.handler.ContextHandler;
import org.eclipse.jetty.server.handler.ResourceHandler;
import org.eclipse.jetty.util.resource.ResourceFactory;
import org.eclipse.jetty.util.thread.VirtualThreadPool;
import org.eclipse.jetty.websocket.core.Configuration;
import org.eclipse.jetty.websocket.core.WebSocketComponents;
import org.eclipse.jetty.websocket.core.server.WebSocketNegotiator;
import org.eclipse.jetty.websocket.core.server.WebSocketServerComponents;
import org.eclipse.jetty.websocket.server.ServerWebSocketContainer;
import org.jspecify.annotations.Nullable;
import org.panel4j.App;
import org.panel4j.server.Access;
import org.panel4j.server.MetricsConfig;
import org.panel4j.server.ServerConfig;
import org.panel4j.server.ServerMetrics;
import org.panel4j.session.PanelException;
import org.panel4j.session.SessionHost;

/**
 * The embedded Jetty behind a {@code PanelServer}: one connector, virtual threads, the client's
 * static files, the pages, {@code /health}, the user's HTTP routes and one WebSocket mapping per app;
 * with an authenticator, every request but the public routes signs in first ({@link SignInHandler}).
 */
public final class Engine {

    /** Frames Jetty may hold per socket: the writer sends one data frame at a time, plus pings and close. */
    static final int MAX_OUTGOING_FRAMES = 8;

    /** Page ids remembered at least (see {@link UsedPageIds}); else ten per allowed session. */
    private static final int USED_PAGE_IDS_MIN = 10_000;

    private final ServerConfig config;
    private final Server server = new Server(new VirtualThreadPool());
    private final ServerConnector connector = new ServerConnector(server);
    private final SessionHost host;
    private final SessionRegistry registry;
    private final Pinger pinger;
    private final Drain drain;
    private final EngineMetrics metrics;
    private final @Nullable ServerConnector metricsConnector;
    private final ReentrantLock lifecycle = new ReentrantLock();
    private boolean stopped;

    /** Builds (but does not start) the server for {@code config}. */
    public Engine(ServerConfig config) {
        this.config = config;
        this.host = SessionHost.create(config.host());
        var signer = new TokenSigner();
        var counters = new Counters();
        this.registry = new SessionRegistry(config.reconnectGrace(), signer, config.limits(), counters);
        this.drain = new Drain(registry, config.node());
        this.metrics = new EngineMetrics(counters, registry, host, drain);
        this.pinger = new Pinger(host, registry,
                Pinger.interval(config.idleTimeout(), config.limits().pingInterval()));
        connector.setHost(config.address());
        connector.setPort(config.port());
        connector.addBean(new ConnectionsPerAddress(config.limits().maxConnectionsPerAddress()));
        connector.addBean(new RequestHeadTimeout(connector, config.limits().requestHeaderTimeout()));
        server.addConnector(connector);
        server.setStopTimeout(3000);
        var encoder = new ProtocolEncoder();
        var decoder = new ProtocolDecoder();
        var hosts = new HostPolicy(config.browser().allowedHosts(), config.address());
        var origins = new OriginPolicy(hosts, config.allowedOrigins(), connector::getLocalPort);
        var addresses = new ClientAddress(config.limits().trustedProxies());
        var access = new AccessGate(config.access(), addresses);
        var handlers = new HttpRoutes(config.handlers(), access, host);
        var admission = new Admission(config.limits());
        var starter = new SessionStarter(host, registry, admission,
                new UsedPageIds(Math.max(USED_PAGE_IDS_MIN, 10 * config.limits().maxSessions())), signer, drain);
        var routes = new Handler.Sequence(
                staticFiles(),
                new HealthHandler(registry, access, drain, config.node().nodeId()),
                new TransferHandler(registry),
                handlers,
                new PageHandler(config.apps(), signer, encoder, config.tokenTtl(), config.reconnectGrace(), access,
                        admission, addresses, drain, config.node().nodeId()));
        // Jetty's core upgrade handler with Jetty's API sessions (see FrameHandlers: the spent HTTP
        // connection is not kept per socket); the API container tracks the open sessions
        WebSocketComponents components = WebSocketServerComponents.ensureWebSocketComponents(server);
        var frames = new FrameHandlers(ServerWebSocketContainer.ensure(server), components);
        var sockets = new SocketUpgrades(components);
        Configuration socketConfig = sockets.getConfiguration();
        socketConfig.setMaxTextMessageSize(config.maxMessageSize());
        socketConfig.setMaxBinaryMessageSize(config.maxMessageSize());
        socketConfig.setIdleTimeout(config.idleTimeout());
        socketConfig.setMaxOutgoingFrames(MAX_OUTGOING_FRAMES); // Jetty's default is unbounded
        for (Map.Entry<String, App> app : config.apps().entrySet()) {
            sockets.add(PageHandler.wsPath(app.getKey()), WebSocketNegotiator.from(new UpgradeGate(app.getKey(),
                    app.getValue(), origins, signer, registry, starter, addresses, encoder, decoder,
                    config.writeTimeout(), access, config.limits()), frames));
        }
        sockets.setHandler(new SignInHandler(access, handlers, routes)); // every route needs sign-in unless public
        // every request, socket upgrades included: security headers, then the Host check (docs/security.md)
        var headers = new SecurityHeaders(config.browser(), new HostGate(hosts, sockets));
        this.metricsConnector = metricsConnector(config.metrics());
        if (metricsConnector == null) {
            server.setHandler(headers);
        } else {
            // the metrics port answers /metrics only, to allowed host names, without sign-in
            var metricsHosts = new HostPolicy(config.browser().allowedHosts(), config.metrics().address());
            var metricsRoute = new HttpRoutes(Map.of(MetricsConfig.PATH, config.metrics().exporter()),
                    new AccessGate(new Access(null, Map.of()), addresses), host);
            server.setHandler(new ByConnector(metricsConnector,
                    new SecurityHeaders(config.browser(), new HostGate(metricsHosts, metricsRoute)), headers));
        }
        config.metrics().exporterIfSet().ifPresent(exporter -> exporter.bind(metrics));
        server.setErrorHandler(new PlainErrorHandler(headers));
        HttpConfiguration http = connector.getConnectionFactory(HttpConnectionFactory.class).getHttpConfiguration();
        http.setSendServerVersion(false);
        http.setSendXPoweredBy(false);
    }

    /** The metrics port's connector, added to the server, or null when metrics have no port of their own. */
    private @Nullable ServerConnector metricsConnector(MetricsConfig metricsConfig) {
        if (metricsConfig.port() < 0) {
            return null;
        }
        var metricsPort = new ServerConnector(server, 1, 1);
        metricsPort.setHost(metricsConfig.address());
        metricsPort.setPort(metricsConfig.port());
        metricsPort.addBean(new RequestHeadTimeout(metricsPort, config.limits().requestHeaderTimeout()));
        server.addConnector(metricsPort);
        return metricsPort;
    }

    private Handler staticFiles() {
        return new Handler.Sequence(new Favicon(),
                new VersionedClientFiles(files("org/panel4j/client/", HtmlShell.STATIC, VersionedClientFiles.CACHE_CONTROL)),
                files("org/panel4j/client/", HtmlShell.STATIC, "no-cache"),
                webJar(HtmlShell.UPLOT_RESOURCES, HtmlShell.UPLOT),
                webJar(HtmlShell.PDFJS_RESOURCES, HtmlShell.PDFJS),
                webJar(HtmlShell.ECHARTS_RESOURCES, HtmlShell.ECHARTS),
                webJar(HtmlShell.TABULATOR_RESOURCES, HtmlShell.TABULATOR));
    }

    /** A WebJar's files, its jar mounted at the first request for one of them (not at start). */
    private static Handler webJar(String classpathFolder, String contextPath) {
        return new ContextHandler(new LazyFiles(classpathFolder, "max-age=86400"), contextPath);
    }

    private Handler files(String classpathFolder, String contextPath, String cacheControl) {
        var files = new ResourceHandler();
        files.setBaseResource(ResourceFactory.of(server).newClassLoaderResource(classpathFolder));
        files.setDirAllowed(false);
        files.setCacheControl(cacheControl);
        return new ContextHandler(files, contextPath);
    }

    /** Starts listening. @throws PanelException if the port cannot be bound */
    public void start() {
        try {
            server.start();
            pinger.start();
        } catch (Exception e) {
            stop();
            throw new PanelException("panel4j could not start on " + config.address() + ":" + config.port() + ": " + e, e);
        }
    }

    /** The port the server listens on (the real one after port 0), or -1 before start. */
    public int port() {
        return connector.getLocalPort();
    }

    /** The metrics port (the real one after port 0), or -1 without one or before start. */
    public int metricsPort() {
        return metricsConnector == null ? -1 : metricsConnector.getLocalPort();
    }

    /** What the server counts (see {@link ServerMetrics}). */
    public ServerMetrics metrics() {
        return metrics;
    }

    /** The sessions' host, whose {@link SessionHost#state()} the server exposes. */
    public SessionHost host() {
        return host;
    }

    /** The number of live sessions. */
    public int sessionCount() {
        return registry.size();
    }

    /** Tells every open page to reload itself (close code 4000) and ends its session. */
    public void reloadPages() {
        registry.endAll(4000, "the app was reloaded");
    }

    /**
     * Drains (see {@link Drain}): new pages and sessions are refused with 503, open pages are told to
     * move at a quiet moment; waits until none is open or {@code deadline} passed; returns whether none is.
     */
    public boolean drain(Duration deadline) throws InterruptedException {
        drain.start();
        return drain.await(deadline);
    }

    /** Starts draining and returns at once. */
    public void drainStart() {
        drain.start();
    }

    /** True once the server drains. */
    public boolean draining() {
        return drain.draining();
    }

    /** Closes every socket with 1001, destroys every session, then stops Jetty. Idempotent. */
    public void stop() {
        lifecycle.lock();
        try {
            if (stopped) {
                return;
            }
            stopped = true;
        } finally {
            lifecycle.unlock();
        }
        pinger.stop();
        registry.closeAll();
        try {
            server.stop();
        } catch (Exception e) {
            throw new PanelException("panel4j did not stop cleanly: " + e, e);
        } finally {
            host.close();
        }
    }

    /** Blocks until the server has stopped. */
    public void join() throws InterruptedException {
        server.join();
    }
}
