package org.panel4j.testkit;

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
 * A loopback TCP forwarder in front of a server port (pages and WebSockets both pass it) whose
 * connections a test can cut abruptly: a reset, no close frame. {@link #cut} resets what is open and
 * goes on accepting; {@link #down} also resets every new connection until {@link #up}. A connection
 * that one side ends normally is closed normally on the other.
 */
public final class TcpProxy implements AutoCloseable {

    private final ServerSocket listener;
    private final IntSupplier target;
    private final List<Socket> open = new CopyOnWriteArrayList<>();
    private volatile boolean down;

    /** A proxy to loopback port {@code target}. */
    public TcpProxy(int target) {
        this(() -> target);
    }

    /** A proxy to the loopback port {@code target} gives when a connection comes (a server started after the proxy). */
    public TcpProxy(IntSupplier target) {
        this.target = target;
        try {
            this.listener = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Thread.ofVirtual().start(this::accept);
    }

    /** The proxy's own port. */
    public int port() {
        return listener.getLocalPort();
    }

    /** The full URL of {@code path} through the proxy. */
    public String url(String path) {
        return origin() + path;
    }

    /** The origin of pages loaded through the proxy, which the server must allow for their sockets. */
    public String origin() {
        return "http://127.0.0.1:" + port();
    }

    /** Resets every open connection; new connections are still forwarded. */
    public void cut() {
        open.forEach(TcpProxy::reset);
        open.clear();
    }

    /** Resets every open connection, and every new one until {@link #up}. */
    public void down() {
        down = true;
        cut();
    }

    /** Forwards new connections again. */
    public void up() {
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
                // cut, or the other side went away
            } finally {
                closeQuietly(from);
                closeQuietly(to);
            }
        });
    }

    private static void reset(Socket socket) {
        try {
            socket.setSoLinger(true, 0);
        } catch (IOException e) {
            // already closed
        }
        closeQuietly(socket);
    }

    private static void closeQuietly(Socket socket) {
        try {
            socket.close();
        } catch (IOException e) {
            // nothing to do
        }
    }

    /** Stops accepting and resets every open connection. */
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
