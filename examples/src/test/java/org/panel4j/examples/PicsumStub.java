package org.panel4j.examples;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

/** A loopback HTTP server answering picsum-shaped requests with {@link PicsumStandIn} images, after a delay. */
final class PicsumStub implements AutoCloseable {

    private final HttpServer server;
    private final AtomicInteger requests = new AtomicInteger();
    private final java.util.Set<Integer> asked = java.util.concurrent.ConcurrentHashMap.newKeySet();
    private final java.util.Set<Integer> answered = java.util.concurrent.ConcurrentHashMap.newKeySet();

    /** Serves images; image {@code n} takes {@code delayMillis.applyAsInt(n)} ms to answer. */
    PicsumStub(java.util.function.IntUnaryOperator delayMillis) throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.setExecutor(Executors.newVirtualThreadPerTaskExecutor());
        server.createContext("/picsum/", exchange -> {
            requests.incrementAndGet();
            String query = exchange.getRequestURI().getQuery();
            int n = Integer.parseInt(query.substring(query.indexOf('=') + 1));
            asked.add(n);
            try {
                Thread.sleep(delayMillis.applyAsInt(n));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            byte[] body = PicsumStandIn.jpeg(n, 80, 30);
            exchange.getResponseHeaders().add("Content-Type", "image/jpeg");
            exchange.sendResponseHeaders(200, body.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            } catch (IOException e) {
                // the client gave up (an interrupted fetch): the answer still counts as sent
            } finally {
                answered.add(n);
            }
        });
        server.start();
    }

    String base() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/picsum";
    }

    int requests() {
        return requests.get();
    }

    /** Waits until image {@code n} has been asked for. */
    void awaitAsked(int n, java.time.Duration timeout) throws InterruptedException {
        awaitIn(asked, n, "asked for", timeout);
    }

    /** Waits until image {@code n} has been answered (or its client hung up). */
    void awaitAnswered(int n, java.time.Duration timeout) throws InterruptedException {
        awaitIn(answered, n, "answered", timeout);
    }

    private static void awaitIn(java.util.Set<Integer> set, int n, String what, java.time.Duration timeout)
            throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (!set.contains(n)) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("image " + n + " was not " + what + " within " + timeout);
            }
            Thread.sleep(5);
        }
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
