package org.panel4j.testkit;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * A private {@code redis-server} (Debian package redis-server) on a free loopback port, keeping nothing on
 * disk, which a test can stop and start again on the same port (a Redis restart: its data is gone).
 * Tests call {@link #available()} first and skip with its message when the binary is missing.
 */
public final class RedisProcess implements AutoCloseable {

    /** Where Debian installs the server. */
    public static final Path BINARY = Path.of("/usr/bin/redis-server");

    private final int port;
    private final Path dir;
    private Process process;

    private RedisProcess(int port) throws IOException {
        this.port = port;
        this.dir = Files.createTempDirectory("panel4j-redis");
        start();
    }

    /** True if {@link #BINARY} is installed (.ci/run installs it). */
    public static boolean available() {
        return Files.isExecutable(BINARY);
    }

    /** Starts a Redis on a free port and waits until it answers. */
    public static RedisProcess start(Duration timeout) {
        try {
            var redis = new RedisProcess(freePort());
            redis.awaitUp(timeout);
            return redis;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A free loopback port (free when asked). */
    public static int freePort() {
        try (var socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void start() throws IOException {
        process = new ProcessBuilder(List.of(BINARY.toString(), "--port", Integer.toString(port), "--bind", "127.0.0.1",
                "--save", "", "--appendonly", "no", "--dir", dir.toString(), "--daemonize", "no"))
                .redirectErrorStream(true).redirectOutput(dir.resolve("redis.log").toFile()).start();
    }

    private void awaitUp(Duration timeout) {
        Waits.until(() -> {
            try (var socket = new Socket(InetAddress.getLoopbackAddress(), port)) {
                socket.getOutputStream().write("PING\r\n".getBytes());
                return socket.getInputStream().read() == '+';
            } catch (IOException e) {
                return false;
            }
        }, timeout, "redis-server on port " + port + " to answer");
    }

    /** Its port. */
    public int port() {
        return port;
    }

    /** {@code redis://127.0.0.1:port}. */
    public String uri() {
        return "redis://127.0.0.1:" + port;
    }

    /** Kills it (SIGKILL): every connection drops, its data is gone. */
    public void kill() {
        process.destroyForcibly();
        try {
            process.waitFor(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Starts it again on the same port, empty, and waits until it answers. */
    public void restart(Duration timeout) {
        try {
            start();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        awaitUp(timeout);
    }

    /** Kills it and deletes its folder. */
    @Override
    public void close() {
        kill();
        TempDirs.deleteQuietly(dir);
    }
}
