package org.panel4j.server.internal;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.channels.SelectableChannel;
import java.nio.channels.SocketChannel;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.locks.ReentrantLock;
import org.eclipse.jetty.io.SelectorManager;
import org.jspecify.annotations.Nullable;
import org.panel4j.session.LogThrottle;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Caps the TCP connections open at once from one client address (an IPv6 client by its /64, which
 * one host usually owns whole): a connection accepted beyond the cap is closed at once, before
 * Jetty reads from it. Counts every connection, HTTP or upgraded to a WebSocket, until it closes.
 * Added to the connector as a bean; thread-safe.
 */
final class ConnectionsPerAddress implements SelectorManager.AcceptListener {

    private static final Logger LOG = LoggerFactory.getLogger(ConnectionsPerAddress.class);

    private final int max;
    private final ReentrantLock lock = new ReentrantLock();
    private final Map<SelectableChannel, String> open = new HashMap<>();
    private final Map<String, Integer> perAddress = new HashMap<>();
    private final LogThrottle logs = new LogThrottle();

    ConnectionsPerAddress(int max) {
        this.max = max;
    }

    @Override
    public void onAccepting(SelectableChannel channel) {
        String address = address(channel);
        if (address == null) {
            return;
        }
        int count;
        lock.lock();
        try {
            count = perAddress.getOrDefault(address, 0);
            if (count < max) {
                perAddress.put(address, count + 1);
                open.put(channel, address);
                return;
            }
        } finally {
            lock.unlock();
        }
        logs.log("refused", more -> LOG.info("Connection from {} closed: {} already open from that address (limit {}){}",
                address, count, max, LogThrottle.more(more)));
        try {
            channel.close(); // Jetty then fails the accept and forgets the channel
        } catch (IOException e) {
            LOG.debug("Closing a connection over the limit failed: {}", e.toString());
        }
    }

    @Override
    public void onAcceptFailed(SelectableChannel channel, Throwable cause) {
        release(channel);
    }

    @Override
    public void onClosed(SelectableChannel channel) {
        release(channel);
    }

    private void release(SelectableChannel channel) {
        lock.lock();
        try {
            String address = open.remove(channel);
            if (address != null) {
                perAddress.computeIfPresent(address, (a, n) -> n <= 1 ? null : n - 1);
            }
        } finally {
            lock.unlock();
        }
    }

    private static @Nullable String address(SelectableChannel channel) {
        try {
            return channel instanceof SocketChannel socket && socket.getRemoteAddress() instanceof InetSocketAddress remote
                    ? ClientAddress.limitKey(remote.getAddress()) : null;
        } catch (IOException e) {
            return null; // already closed: Jetty fails the accept
        }
    }
}
