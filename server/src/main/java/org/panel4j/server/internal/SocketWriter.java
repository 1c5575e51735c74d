package org.panel4j.server.internal;

import java.io.IOException;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Function;
import org.eclipse.jetty.websocket.api.Callback;
import org.eclipse.jetty.websocket.api.Session;
import org.jspecify.annotations.Nullable;
import org.panel4j.server.ErrorKind;
import org.panel4j.session.Batch;
import org.panel4j.session.ClientSink;
import org.panel4j.session.Node;
import org.panel4j.session.PropKey;
import org.panel4j.session.Scheduler;

/**
 * Writes one socket's frames (text, or binary for large numeric arrays) in order. Patches are handed
 * to Jetty without waiting: the sink's stage completes when Jetty has written the frame; a write
 * still pending after the write timeout drops the socket (the session survives the grace period).
 * Each (re)sync starts a new epoch with a new sink, so a batch drained for an older epoch is never
 * written after the fresh {@code init} that replaced it. The lock orders frames and is never held
 * while waiting for a write.
 */
final class SocketWriter {

    private final Session socket;
    private final Duration writeTimeout;
    private final Scheduler clock;
    private final ProtocolEncoder encoder;
    private final Counters counters;
    private final ReentrantLock lock = new ReentrantLock();
    private long epoch;

    SocketWriter(Session socket, Duration writeTimeout, Scheduler clock, ProtocolEncoder encoder, Counters counters) {
        this.counters = counters;
        this.socket = socket;
        this.writeTimeout = writeTimeout;
        this.clock = clock;
        this.encoder = encoder;
    }

    /**
     * Starts a new epoch: {@code connect} receives the epoch's sink and returns the view, which is
     * sent as {@code init} (with {@code reconnect}, the token for the next socket, or null) before any
     * batch of the new sink. Waits until the init is written.
     */
    ClientSink resync(Function<ClientSink, Node> connect, @Nullable String reconnect,
                      Map<String, PropKey> location) throws Exception {
        CompletableFuture<Void> written;
        ClientSink sink;
        lock.lock();
        try {
            long mine = ++epoch;
            sink = batch -> sendPatch(mine, batch);
            written = start(encoder.init(connect.apply(sink), reconnect, location));
        } finally {
            lock.unlock();
        }
        await(written);
        return sink;
    }

    /** Sends {@code text} now, whatever the epoch (errors), and waits until it is written. */
    void send(String text) throws Exception {
        CompletableFuture<Void> written;
        lock.lock();
        try {
            written = start(new WireFrame.Text(text));
        } finally {
            lock.unlock();
        }
        await(written);
    }

    private CompletableFuture<Void> sendPatch(long mine, Batch batch) {
        WireFrame frame = encoder.patch(batch);
        lock.lock();
        try {
            return mine == epoch ? start(frame) : CompletableFuture.completedFuture(null);
        } finally {
            lock.unlock();
        }
    }

    /** Hands {@code frame} to Jetty; a write not done at once is timed out after the write timeout. */
    private CompletableFuture<Void> start(WireFrame frame) {
        var done = new Callback.Completable();
        if (!socket.isOpen()) {
            done.fail(new IOException("the socket is closed"));
            return done;
        }
        counters.messagesOut.increment();
        switch (frame) {
            case WireFrame.Text text -> socket.sendText(text.json(), done);
            case WireFrame.Binary binary -> socket.sendBinary(binary.bytes(), done);
        }
        if (!done.isDone()) {
            var timeout = clock.schedule(writeTimeout, () -> {
                if (done.completeExceptionally(new TimeoutException(
                        "write timed out after " + writeTimeout + "; socket dropped"))) {
                    counters.error(ErrorKind.WRITE_TIMEOUT);
                    socket.disconnect();
                }
            });
            done.whenComplete((ignored, error) -> timeout.cancel());
        }
        return done;
    }

    private static void await(CompletableFuture<Void> written) throws IOException, InterruptedException {
        try {
            written.get();
        } catch (ExecutionException e) {
            throw new IOException("write failed: " + e.getCause(), e.getCause());
        }
    }
}
