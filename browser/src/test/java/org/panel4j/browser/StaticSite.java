package org.panel4j.browser;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/**
 * The built static site (page, compiled app, client) served as a plain static host would, on a free
 * loopback port: module scripts need http (Chromium loads none from file://). GET of files only.
 */
final class StaticSite implements AutoCloseable {

    private static final Map<String, String> TYPES = Map.of("html", "text/html; charset=utf-8",
            "js", "text/javascript; charset=utf-8", "css", "text/css; charset=utf-8", "svg", "image/svg+xml",
            "wasm", "application/wasm");

    private final HttpServer server;

    private StaticSite(HttpServer server) {
        this.server = server;
    }

    /** Serves {@code root}. */
    static StaticSite serve(Path root) {
        try {
            HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
            Path base = root.toAbsolutePath().normalize();
            server.createContext("/", exchange -> answer(exchange, base));
            server.start();
            return new StaticSite(server);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
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
            String type = TYPES.getOrDefault(name.substring(name.lastIndexOf('.') + 1), "application/octet-stream");
            exchange.getResponseHeaders().set("Content-Type", type);
            byte[] body = Files.readAllBytes(file);
            exchange.sendResponseHeaders(200, body.length);
            exchange.getResponseBody().write(body);
        }
    }

    /** The URL of {@code path} on this site. */
    String url(String path) {
        return "http://127.0.0.1:" + server.getAddress().getPort() + path;
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
