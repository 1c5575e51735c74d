package org.panel4j.server;

import java.util.Objects;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Consumer;
import org.panel4j.App;
import org.panel4j.server.internal.Engine;
import org.panel4j.session.ServerState;

/**
 * Serves panel4j apps over HTTP and WebSocket (embedded Jetty 12 on virtual threads). A page request
 * only answers the page; when the page's socket connects, the app factory runs in a new session,
 * and the socket then carries its changes.
 *
 * {@snippet :
 * PanelServer server = PanelServer.create(config -> config
 *         .port(5006)
 *         .app("/async_click", session -> new Row(button, text)))
 *     .start();
 * // ... server.port(), then later:
 * server.stop();
 * }
 */
public final class PanelServer {

    private final ServerConfig config;
    private final Engine engine;
    private final ReentrantLock lifecycle = new ReentrantLock();
    private boolean started;

    private PanelServer(ServerConfig config) {
        this.config = config;
        this.engine = new Engine(config);
    }

    /**
     * Creates a server configured by {@code configure}; call {@link #start()} to listen.
     *
     * @throws IllegalArgumentException if the configuration is invalid
     */
    public static PanelServer create(Consumer<ServerConfig.Builder> configure) {
        Objects.requireNonNull(configure, "configure");
        return new PanelServer(ServerConfig.of(configure));
    }

    /** Creates a server for an already built {@code config}; call {@link #start()} to listen. */
    public static PanelServer create(ServerConfig config) {
        return new PanelServer(Objects.requireNonNull(config, "config"));
    }

    /** Serves {@code app} at {@code /} on {@code $PORT} (or 5006) of 127.0.0.1, started. */
    public static PanelServer serve(App app) {
        Objects.requireNonNull(app, "app");
        return create(config -> config.app("/", app)).start();
    }

    /**
     * Starts listening and returns this server.
     *
     * @throws IllegalStateException if it was started before
     * @throws org.panel4j.session.PanelException if the port cannot be bound
     */
    public PanelServer start() {
        lifecycle.lock();
        try {
            if (started) {
                throw new IllegalStateException("PanelServer was already started");
            }
            started = true;
        } finally {
            lifecycle.unlock();
        }
        engine.start();
        return this;
    }

    /** The port it listens on: the real one when configured with port 0; -1 before start. */
    public int port() {
        return engine.port();
    }

    /** The port serving {@code /metrics} ({@link ServerConfig.Builder#metricsPort}), the real one after 0; -1 without one or before start. */
    public int metricsPort() {
        return engine.metricsPort();
    }

    /** What the server counts: sessions, pages, messages, queues, callbacks, errors (docs/deploy.md, "Metrics"). */
    public ServerMetrics metrics() {
        return engine.metrics();
    }

    /** The configuration it runs with. */
    public ServerConfig config() {
        return config;
    }

    /**
     * The server-wide state apps share (docs/server-wide-state.md): periodic callbacks that run once for the
     * whole server, caches, session created/destroyed hooks and session links for HTTP routes. Available
     * before {@link #start()}, so hooks added then see every session; it is the same object an app reaches
     * as {@code session.host().state()}. Everything it runs stops with {@link #stop()}.
     */
    public ServerState state() {
        return engine.host().state();
    }

    /** The number of live sessions (pages served and not yet ended). */
    public int sessionCount() {
        return engine.sessionCount();
    }

    /**
     * Makes every open page reload itself (its URL, with the state synced there, is kept) and ends its
     * session: what dev mode does after a reload of the app's classes (ServeCommand's {@code --dev}).
     */
    public void reloadPages() {
        engine.reloadPages();
    }

    /**
     * Starts draining and returns at once (docs/deploy.md, "Draining a node"): {@code /health} answers 503
     * {@code DRAINING}, page requests and new sessions get 503 (a proxy sends them to another node), and each
     * open page is told to move once it has been quiet for {@link NodeConfig#quietPeriod()}: it opens a
     * fresh page through the proxy, keeping its URL state and the input made meanwhile.
     */
    public void drain() {
        engine.drainStart();
    }

    /** True once {@link #drain()} (or {@link #drainAndStop()}) was called. */
    public boolean draining() {
        return engine.draining();
    }

    /**
     * Drains, waits until no page is open or {@link NodeConfig#drainDeadline()} passed, then stops; what
     * {@code serve} does on SIGTERM. Returns whether every page had moved.
     */
    public boolean drainAndStop() {
        try {
            return engine.drain(config.node().drainDeadline());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        } finally {
            stop();
        }
    }

    /** Closes every socket (1001), ends every session and stops listening. Calling it again does nothing. */
    public void stop() {
        engine.stop();
    }

    /** Blocks until the server has stopped. */
    public void join() throws InterruptedException {
        engine.join();
    }
}
