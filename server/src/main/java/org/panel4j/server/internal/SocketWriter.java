package org.panel4j.server.internal;

import java.time.Duration;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Function;
import org.eclipse.jetty.websocket.api.Callback;
import org.eclipse.jetty.websocket.api.Session;
import org.panel4j.session.Batch;
import org.panel4j.session.ClientSink;
import org.panel4j.session.Node;

/**
 * Writes one socket's frames (text, or binary for large numeric arrays) one at a time, each blocking the caller until Jetty has written it
 * or the write timeout passed (then the socket is dropped: the session survives the grace period).
 * Each (re)sync starts a new epoch with a new sink, so a batch drained for an older epoch is never
 * written after the fresh {@code init} that replaced it.
 */
final class SocketWriter {

    private final Session socket;
    private final Duration writeTimeout;
    private final ProtocolEncoder encoder;
    private final ReentrantLock lock = new ReentrantLock();
    private long epoch;

    SocketWriter(Session socket, Duration writeTimeout, ProtocolEncoder encoder) {
        this.socket = socket;
        this.writeTimeout = writeTimeout;
        this.encoder = encoder;
    }

    /**
     * Starts a new epoch: {@code connect} receives the epoch's sink and returns the view, which is
     * sent as {@code init} before any batch of the new sink.
     */
    ClientSink resync(Function<ClientSink, Node> connect) throws Exception {
        lock.lock();
        try {
            long mine = ++epoch;
            ClientSink sink = batch -> sendPatch(mine, batch);
            writeLocked(encoder.init(connect.apply(sink)));
            return sink;
        } finally {
            lock.unlock();
        }
    }

    /** Sends {@code text} now, whatever the epoch (errors). */
    void send(String text) throws Exception {
        lock.lock();
        try {
            writeLocked(new WireFrame.Text(text));
        } finally {
            lock.unlock();
        }
    }

    private void sendPatch(long mine, Batch batch) throws Exception {
        WireFrame frame = encoder.patch(batch);
        lock.lock();
        try {
            if (mine == epoch) {
                writeLocked(frame);
            }
        } finally {
            lock.unlock();
        }
    }

    private void writeLocked(WireFrame frame) throws Exception {
        if (!socket.isOpen()) {
            throw new java.io.IOException("the socket is closed");
        }
        var done = new Callback.Completable();
        switch (frame) {
            case WireFrame.Text text -> socket.sendText(text.json(), done);
            case WireFrame.Binary binary -> socket.sendBinary(binary.bytes(), done);
        }
        try {
            done.get(writeTimeout.toNanos(), TimeUnit.NANOSECONDS);
        } catch (TimeoutException e) {
            socket.disconnect();
            throw new java.io.IOException("write timed out after " + writeTimeout + "; socket dropped", e);
        } catch (ExecutionException e) {
            throw new java.io.IOException("write failed: " + e.getCause(), e.getCause());
        }
    }
}
