package org.panel4j.browser;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import javax.imageio.ImageIO;

/**
 * A picsum-shaped image server on another origin than the page (a free loopback port), allowing any
 * origin (CORS) but on {@code /nocors}: {@code /picsum/...} a real 80×30 JPG, {@code /missing} a 404 with
 * text, {@code /slow} an answer after {@link #SLOW_MILLIS}.
 */
final class ImageServer implements AutoCloseable {

    /** How long {@code /slow} takes to answer. */
    static final long SLOW_MILLIS = 2_000;

    private final HttpServer server;
    private final ExecutorService threads;
    private final byte[] jpg;

    private ImageServer(HttpServer server, ExecutorService threads, byte[] jpg) {
        this.server = server;
        this.threads = threads;
        this.jpg = jpg;
    }

    /** Starts the server. */
    static ImageServer start() {
        try {
            HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
            ExecutorService threads = Executors.newVirtualThreadPerTaskExecutor();
            server.setExecutor(threads);
            var images = new ImageServer(server, threads, drawJpg());
            server.createContext("/", images::answer);
            server.start();
            return images;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The JPG served, 80×30. */
    byte[] jpg() {
        return jpg.clone();
    }

    /** The server's base URL, without a trailing slash. */
    String base() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    private void answer(HttpExchange exchange) throws IOException {
        try (exchange) {
            String path = exchange.getRequestURI().getPath();
            if (!path.equals("/nocors")) {
                exchange.getResponseHeaders().set("Access-Control-Allow-Origin", "*");
            }
            if (path.startsWith("/picsum/")) {
                send(exchange, 200, "image/jpeg", jpg);
            } else if (path.equals("/slow")) {
                try {
                    Thread.sleep(SLOW_MILLIS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return;
                }
                send(exchange, 200, "text/plain; charset=utf-8", "slow".getBytes(StandardCharsets.UTF_8));
            } else if (path.equals("/nocors")) {
                send(exchange, 200, "text/plain; charset=utf-8", "hidden".getBytes(StandardCharsets.UTF_8));
            } else {
                send(exchange, 404, "text/plain; charset=utf-8", "no such image".getBytes(StandardCharsets.UTF_8));
            }
        }
    }

    private static void send(HttpExchange exchange, int status, String type, byte[] body) throws IOException {
        exchange.getResponseHeaders().set("Content-Type", type);
        exchange.sendResponseHeaders(status, body.length);
        exchange.getResponseBody().write(body);
    }

    private static byte[] drawJpg() throws IOException {
        var image = new BufferedImage(80, 30, BufferedImage.TYPE_INT_RGB);
        var graphics = image.createGraphics();
        graphics.setColor(new Color(0x2a, 0x7a, 0xb8));
        graphics.fillRect(0, 0, 80, 30);
        graphics.dispose();
        var out = new ByteArrayOutputStream();
        ImageIO.write(image, "jpg", out);
        return out.toByteArray();
    }

    @Override
    public void close() throws InterruptedException {
        server.stop(0);
        threads.shutdownNow();
        threads.awaitTermination(5, TimeUnit.SECONDS);
    }
}
