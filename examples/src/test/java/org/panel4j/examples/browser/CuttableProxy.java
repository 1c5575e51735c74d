package org.panel4j.examples.browser;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.IntSupplier;

/**
 * A loopback TCP forwarder in front of a server port (page and WebSocket both pass it), which a test
 * can take down, cutting every connection with a reset (no close frame) and refusing new ones the
 * same way, and bring up again on the same port. Adapted from the server module's test {@code TcpProxy}.
 */
final class CuttableProxy implements AutoCloseable {

    private final ServerSocket listener;
    private final IntSupplier target;
    private final List<Socket> open = new CopyOnWriteArrayList<>();
    private volatile boolean down;

    CuttableProxy(int target) {
        this(() -> target);
    }

    /** A proxy to the port {@code target} gives when a connection comes (a server started after the proxy). */
    CuttableProxy(IntSupplier target) {
        this.target = target;
        try {
            this.listener = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Thread.ofVirtual().start(this::accept);
    }

    /** The full URL of {@code path} through the proxy. */
    String url(String path) {
        return "http://127.0.0.1:" + listener.getLocalPort() + path;
    }

    /** The origin of pages loaded through the proxy, which the server must allow for their sockets. */
    String origin() {
        return "http://127.0.0.1:" + listener.getLocalPort();
    }

    /** Resets every open connection, and every new one until {@link #up}. */
    void down() {
        down = true;
        open.forEach(CuttableProxy::reset);
        open.clear();
    }

    /** Forwards new connections again. */
    void up() {
        down = false;
    }

    private void accept() {
        while (!listener.isClosed()) {
            try {
                Socket client = listener.accept();
                if (down) {
                    reset(client);
                    continue;
                }
                Socket server = new Socket(InetAddress.getLoopbackAddress(), target.getAsInt());
                open.add(client);
                open.add(server);
                pump(client, server);
                pump(server, client);
            } catch (IOException e) {
                return;
            }
        }
    }

    private static void pump(Socket from, Socket to) {
        Thread.ofVirtual().start(() -> {
            try (InputStream in = from.getInputStream(); OutputStream out = to.getOutputStream()) {
                in.transferTo(out);
            } catch (IOException e) {
                // reset, or the other side went away
            } finally {
                reset(from);
                reset(to);
            }
        });
    }

    private static void reset(Socket socket) {
        try {
            socket.setSoLinger(true, 0);
        } catch (IOException e) {
            // already closed
        }
        try {
            socket.close();
        } catch (IOException e) {
            // nothing to do
        }
    }

    @Override
    public void close() {
        try {
            listener.close();
        } catch (IOException e) {
            // nothing to do
        }
        down();
    }
}
