package org.panel4j.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/** A {@link BenchServer} JVM started by the driver: its own process, so its numbers are the server's. */
final class ServerProcess implements AutoCloseable {

    static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    static final ObjectMapper JSON = new ObjectMapper();

    private final Process process;
    final int port;

    private ServerProcess(Process process, int port) {
        this.process = process;
        this.port = port;
    }

    /** The command line of a child JVM running {@code main} with this JVM's classpath. */
    static List<String> java(List<String> jvmArgs, String main, String... args) {
        var command = new ArrayList<String>();
        command.add(ProcessHandle.current().info().command().orElse("java"));
        command.addAll(jvmArgs);
        command.add("-cp");
        command.add(System.getProperty("java.class.path"));
        command.add(main);
        command.addAll(List.of(args));
        return command;
    }

    /** A free TCP port on 127.0.0.1 (closed again before it is returned). */
    static int freePort() throws IOException {
        try (var socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    /** Starts a server JVM and waits until it prints READY. */
    static ServerProcess start(List<String> jvmArgs) throws Exception {
        int port = freePort();
        Process process = new ProcessBuilder(java(jvmArgs, BenchServer.class.getName(), String.valueOf(port)))
                .redirectErrorStream(true).start();
        var out = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
        String line;
        while ((line = out.readLine()) != null && !line.startsWith("READY")) {
            if (line.contains(":WARN") || line.contains("ERROR")) {
                System.out.println("  [server] " + line);
            }
        }
        if (line == null) {
            throw new IllegalStateException("the bench server exited: " + process.waitFor());
        }
        Thread.ofVirtual().start(() -> {
            try {
                out.lines().forEach(l -> {
                    if (!l.contains(":INFO :") && !l.startsWith("SLF4J") && !l.contains("sending to the client failed")) {
                        System.out.println("  [server] " + l);
                    }
                });
            } catch (UncheckedIOException e) {
                // close() destroyed the server while this was reading: nothing more to forward
            }
        });
        return new ServerProcess(process, port);
    }

    /**
     * Polls {@code /async_click} on {@code port} every 2 ms until it answers 200; returns the milliseconds
     * since {@code startNanos}. The process was started at {@code startNanos} (a cold start's clock).
     */
    static double millisToFirstPage(Process process, int port, long startNanos) throws Exception {
        var request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/async_click")).build();
        while (true) {
            try {
                if (HTTP.send(request, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                    return (System.nanoTime() - startNanos) / 1e6;
                }
            } catch (ConnectException e) {
                Thread.sleep(2);
            }
            if (System.nanoTime() - startNanos > 60_000_000_000L || !process.isAlive()) {
                throw new IllegalStateException("the server did not serve a page within 60 s (alive: " + process.isAlive() + ")");
            }
        }
    }

    /** GETs {@code path} and returns the body. */
    static String get(int port, String path) throws Exception {
        HttpResponse<String> response = HTTP.send(
                HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path)).timeout(Duration.ofSeconds(60)).build(),
                HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200) {
            throw new IOException("GET " + path + " answered " + response.statusCode());
        }
        return response.body();
    }

    /** The server's stats: heapUsed (after GC when {@code gc}), rss, sessions, threads. */
    JsonNode stats(boolean gc) throws Exception {
        return JSON.readTree(get(port, "/bench/stats" + (gc ? "?gc=1" : "")));
    }

    /** The server's process id (for {@code jcmd}). */
    long pid() {
        return process.pid();
    }

    /** Waits until the server holds at most {@code n} sessions (closed ones end after the grace). */
    void awaitSessionsAtMost(int n) throws Exception {
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (stats(false).get("sessions").asInt() > n && System.nanoTime() < deadline) {
            Thread.sleep(200);
        }
    }

    @Override
    public void close() throws Exception {
        process.destroy();
        process.waitFor();
    }
}
