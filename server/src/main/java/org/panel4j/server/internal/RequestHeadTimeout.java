package org.panel4j.server.internal;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.eclipse.jetty.http.HttpParser;
import org.eclipse.jetty.io.Connection;
import org.eclipse.jetty.server.Connector;
import org.eclipse.jetty.server.internal.HttpConnection;
import org.eclipse.jetty.util.component.AbstractLifeCycle;
import org.eclipse.jetty.util.thread.Scheduler;
import org.jspecify.annotations.Nullable;
import org.panel4j.session.LogThrottle;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Closes an HTTP connection whose client takes longer than the timeout to send a request's head (the
 * request line and headers), counted from its first byte, or to send any byte at all on a new
 * connection: Jetty's idle timeout alone is reset by every byte, so a client trickling a header line
 * now and then (slowloris) would hold the connection forever. A connection upgraded to a WebSocket
 * leaves this watch (its idle timeout is the socket's own); a request whose head arrived is not timed
 * here. Checks every connection four times per timeout, so one is closed between 1 and 1.25 timeouts.
 * A connector bean: started and stopped with it. Reads Jetty's parser state without a lock; a stale
 * read only delays a close to the next check.
 */
final class RequestHeadTimeout extends AbstractLifeCycle implements Connection.Listener {

    private static final Logger LOG = LoggerFactory.getLogger(RequestHeadTimeout.class);

    private final Connector connector;
    private final long timeoutNanos;
    private final Map<HttpConnection, Long> open = new ConcurrentHashMap<>();
    private final LogThrottle logs = new LogThrottle();
    private volatile Scheduler.@Nullable Task next;

    RequestHeadTimeout(Connector connector, Duration timeout) {
        this.connector = connector;
        this.timeoutNanos = timeout.toNanos();
    }

    @Override
    public void onOpened(Connection connection) {
        if (connection instanceof HttpConnection http) {
            open.put(http, System.nanoTime());
        }
    }

    @Override
    public void onClosed(Connection connection) {
        open.remove(connection); // also when it is upgraded to a WebSocket
    }

    @Override
    protected void doStart() {
        schedule();
    }

    @Override
    protected void doStop() {
        Scheduler.Task task = next;
        if (task != null) {
            task.cancel();
        }
        open.clear();
    }

    private void schedule() {
        if (isRunning() || isStarting()) {
            next = connector.getScheduler().schedule(this::check, Math.max(1, timeoutNanos / 4), TimeUnit.NANOSECONDS);
        }
    }

    private void check() {
        try {
            long now = System.nanoTime();
            open.forEach((connection, opened) -> {
                if (late(connection, opened, now)) {
                    open.remove(connection);
                    logs.log("closed", more -> LOG.info("Closed a connection from {}: no complete request head within {} ms{}",
                            connection.getEndPoint().getRemoteSocketAddress(), TimeUnit.NANOSECONDS.toMillis(timeoutNanos),
                            LogThrottle.more(more)));
                    connection.getEndPoint().close(new TimeoutException("request head not received in time"));
                }
            });
        } finally {
            schedule();
        }
    }

    private boolean late(HttpConnection connection, long opened, long now) {
        HttpParser parser = connection.getParser();
        if (parser.isStart()) { // between requests: only a new connection that never sent a byte is late
            return connection.getBytesIn() == 0 && now - opened > timeoutNanos;
        }
        return parser.inHeaderState() && now - parser.getBeginNanoTime() > timeoutNanos;
    }
}
