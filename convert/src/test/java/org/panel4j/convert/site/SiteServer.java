package org.panel4j.convert.site;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntUnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.panel4j.examples.PicsumStandIn;

/**
 * A static host for the converted site on a free loopback port (module scripts and WebAssembly need
 * http), which also answers the picsum-shaped image requests of the image examples at {@code /picsum/}
 * with the stand-in JPEGs, image {@code n} after {@code delayMillis(n)} ms, counting what is in flight.
 * GET of files only.
 */
final class SiteServer implements AutoCloseable {

    private static final Map<String, String> TYPES = Map.of("html", "text/html; charset=utf-8",
            "js", "text/javascript; charset=utf-8", "mjs", "text/javascript; charset=utf-8",
            "css", "text/css; charset=utf-8", "svg", "image/svg+xml", "wasm", "application/wasm");
    private static final Pattern PICSUM = Pattern.compile("/picsum/(\\d{1,4})/(\\d{1,4})");
    private static final Pattern IMAGE = Pattern.compile("(?:^|&)image=(\\d{1,3})(?:&|$)");

    private final HttpServer server;
    private final IntUnaryOperator delayMillis;
    private final Set<Integer> asked = ConcurrentHashMap.newKeySet();
    private final AtomicInteger inFlight = new AtomicInteger();

    private SiteServer(Path root, IntUnaryOperator delayMillis) throws IOException {
        this.delayMillis = delayMillis;
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.setExecutor(Executors.newVirtualThreadPerTaskExecutor());
        Path base = root.toAbsolutePath().normalize();
        server.createContext("/", exchange -> file(exchange, base));
        server.createContext("/picsum/", this::image);
        server.start();
    }

    /** Serves {@code root}, and images answering after {@code delayMillis(n)} ms. */
    static SiteServer serve(Path root, IntUnaryOperator delayMillis) {
        try {
            return new SiteServer(root, delayMillis);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void file(HttpExchange exchange, Path base) throws IOException {
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

    private void image(HttpExchange exchange) throws IOException {
        try (exchange) {
            Matcher size = PICSUM.matcher(exchange.getRequestURI().getPath());
            String query = exchange.getRequestURI().getQuery();
            Matcher image = IMAGE.matcher(query == null ? "" : query);
            if (!size.matches() || !image.find()) {
                exchange.sendResponseHeaders(404, -1);
                return;
            }
            int n = Integer.parseInt(image.group(1));
            asked.add(n);
            inFlight.incrementAndGet();
            try {
                Thread.sleep(delayMillis.applyAsInt(n));
                send(exchange, "image/jpeg",
                        PicsumStandIn.jpeg(n, Integer.parseInt(size.group(1)), Integer.parseInt(size.group(2))));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            } finally {
                inFlight.decrementAndGet();
            }
        }
    }

    private static void send(HttpExchange exchange, String type, byte[] body) throws IOException {
        exchange.getResponseHeaders().set("Content-Type", type);
        exchange.sendResponseHeaders(200, body.length);
        exchange.getResponseBody().write(body);
    }

    /** The URL of {@code path} on this host. */
    String url(String path) {
        return "http://127.0.0.1:" + server.getAddress().getPort() + path;
    }

    /** The images asked for so far. */
    Set<Integer> asked() {
        return Set.copyOf(asked);
    }

    /** The image requests not answered yet. */
    int inFlight() {
        return inFlight.get();
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
