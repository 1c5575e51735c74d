package org.panel4j.examples;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.HashMap;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntUnaryOperator;
import org.panel4j.server.HttpHandler;
import org.panel4j.server.HttpRequest;
import org.panel4j.server.HttpResponse;
import org.panel4j.testkit.Waits;

/**
 * The picsum stand-in ({@link PicsumHandler}), slowed: image {@code n} answers after
 * {@code delayMillis(n)} ms. Records the images asked for and answered and counts what is in flight.
 * A panel4j server serves it as a handler at {@code /picsum}; {@link #serveAlone} serves it on a
 * loopback port of its own, for tests without a server.
 */
public final class SlowPicsum implements HttpHandler, AutoCloseable {

    private final HttpHandler images = new PicsumHandler();
    private final IntUnaryOperator delayMillis;
    private final AtomicInteger inFlight = new AtomicInteger();
    private final Set<Integer> asked = ConcurrentHashMap.newKeySet();
    private final Set<Integer> answered = ConcurrentHashMap.newKeySet();
    private HttpServer alone;

    /** Image {@code n} answers after {@code delayMillis.applyAsInt(n)} ms. */
    public SlowPicsum(IntUnaryOperator delayMillis) {
        this.delayMillis = delayMillis;
    }

    @Override
    public HttpResponse handle(HttpRequest request) throws Exception {
        int n = Integer.parseInt(request.query().getOrDefault("image", "0"));
        inFlight.incrementAndGet();
        asked.add(n);
        try {
            Thread.sleep(delayMillis.applyAsInt(n));
            return images.handle(request);
        } finally {
            inFlight.decrementAndGet();
            answered.add(n);
        }
    }

    /** Serves this on a loopback port of its own until {@link #close}; returns its base URL, {@code http://…/picsum}. */
    public String serveAlone() {
        if (alone != null) {
            throw new IllegalStateException("already serving at port " + alone.getAddress().getPort());
        }
        try {
            alone = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        alone.setExecutor(Executors.newVirtualThreadPerTaskExecutor());
        alone.createContext("/picsum/", this::answer);
        alone.start();
        return "http://127.0.0.1:" + alone.getAddress().getPort() + "/picsum";
    }

    private void answer(HttpExchange exchange) throws IOException {
        var query = new HashMap<String, String>();
        String raw = exchange.getRequestURI().getQuery();
        for (String pair : raw == null ? new String[0] : raw.split("&")) {
            int eq = pair.indexOf('=');
            query.put(eq < 0 ? pair : pair.substring(0, eq), eq < 0 ? "" : pair.substring(eq + 1));
        }
        HttpResponse response;
        try {
            response = handle(new HttpRequest(exchange.getRequestURI().getPath(), query));
        } catch (Exception e) {
            response = HttpResponse.text(500, e.toString());
        }
        exchange.getResponseHeaders().add("Content-Type", response.contentType());
        exchange.sendResponseHeaders(response.status(), response.body().length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(response.body());
        } catch (IOException e) {
            // the client gave up (an interrupted fetch)
        }
    }

    /** How many requests are being answered now. */
    public int inFlight() {
        return inFlight.get();
    }

    /** The images asked for so far. */
    public Set<Integer> asked() {
        return Set.copyOf(asked);
    }

    /** Waits until image {@code n} has been asked for. */
    public void awaitAsked(int n, Duration timeout) {
        Waits.until(() -> asked.contains(n), timeout, "image " + n + " to be asked for");
    }

    /** Waits until image {@code n} has been answered (or its client hung up). */
    public void awaitAnswered(int n, Duration timeout) {
        Waits.until(() -> answered.contains(n), timeout, "image " + n + " to be answered");
    }

    /** Stops the server of {@link #serveAlone}, if any. */
    @Override
    public void close() {
        if (alone != null) {
            alone.stop(0);
        }
    }
}
