package org.panel4j.browser;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.Executors;

/**
 * A built static site (pages, compiled app, client) served as a plain static host would, on a free
 * loopback port: module scripts and WebAssembly need http (Chromium loads none from file://). GET of
 * files only, each request on its own virtual thread; {@link #with} adds handlers of a test's own.
 */
public final class StaticSite implements AutoCloseable {

    private static final Map<String, String> TYPES = Map.of("html", "text/html; charset=utf-8",
            "js", "text/javascript; charset=utf-8", "mjs", "text/javascript; charset=utf-8",
            "css", "text/css; charset=utf-8", "svg", "image/svg+xml", "wasm", "application/wasm");

    private final HttpServer server;

    private StaticSite(HttpServer server) {
        this.server = server;
    }

    /** Serves {@code root}. */
    public static StaticSite serve(Path root) {
        try {
            HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
            server.setExecutor(Executors.newVirtualThreadPerTaskExecutor());
            Path base = root.toAbsolutePath().normalize();
            server.createContext("/", exchange -> answer(exchange, base));
            server.start();
            return new StaticSite(server);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Answers the paths under {@code prefix} with {@code handler} instead of files. */
    public StaticSite with(String prefix, HttpHandler handler) {
        server.createContext(prefix, handler);
        return this;
    }

    /** Answers 200 with {@code body} of content type {@code type}. */
    public static void send(HttpExchange exchange, String type, byte[] body) throws IOException {
        exchange.getResponseHeaders().set("Content-Type", type);
        exchange.sendResponseHeaders(200, body.length);
        exchange.getResponseBody().write(body);
    }

    private static void answer(HttpExchange exchange, Path base) throws IOException {
        try (exchange) {
            String path = exchange.getRequestURI().getPath();
            Path file = base.resolve(path.substring(1) + (path.endsWith("/") ? "index.html" : "")).normalize();
            if (!file.startsWith(base) || !Files.isRegularFile(file)) {
                exchange.sendResponseHeaders(404, -1);
                return;
            }
            String name = file.getFileName().toString();
            send(exchange, TYPES.getOrDefault(name.substring(name.lastIndexOf('.') + 1), "application/octet-stream"),
                    Files.readAllBytes(file));
        }
    }

    /** The URL of {@code path} on this site. */
    public String url(String path) {
        return "http://127.0.0.1:" + server.getAddress().getPort() + path;
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
