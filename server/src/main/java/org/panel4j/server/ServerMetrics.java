package org.panel4j.server;

/**
 * What a running {@link PanelServer} counts, read when asked (a metrics scrape): plain numbers, no metrics
 * library. Counters only grow while the server runs; gauges say how things are now. Counting happens on the
 * message path without locks (adders); reading a gauge may walk the sessions. Module {@code panel4j-metrics}
 * publishes these for Prometheus (docs/deploy.md, "Metrics"). Thread-safe.
 */
public interface ServerMetrics {

    /** Gauge: the live sessions (one per open page, kept through its reconnect grace). */
    int sessionsOpen();

    /** Counter: the sessions started, i.e. pages whose socket connected and whose app was built. */
    long pagesOpened();

    /** Counter: the sessions ended (page closed past its grace, moved, reloaded or the server stopping). */
    long pagesClosed();

    /** Counter: the messages (WebSocket frames) received from pages. */
    long messagesIn();

    /** Counter: the messages (WebSocket frames) sent to pages: views, patches, errors. */
    long messagesOut();

    /** Gauge: the changes waiting to be sent, over all sessions (coalesced: one per property at most). */
    long outgoingQueued();

    /** Gauge: the changes waiting to be sent in the session with the most. */
    long outgoingQueuedMax();

    /** Gauge: the callbacks running now, sync and async, of sessions and server-wide. */
    long callbacksRunning();

    /** Counter: the errors of {@code kind} so far. */
    long errors(ErrorKind kind);

    /** Gauge: whether the server drains (docs/deploy.md). */
    boolean draining();
}
