package org.panel4j.session;

/** Where a session's batches go: a WebSocket in the server, a recorder in tests. */
@FunctionalInterface
public interface ClientSink {

    /**
     * Sends one batch; may block while the client is slow (the session keeps coalescing meanwhile).
     * Called by one thread at a time per session, never holding the session lock.
     */
    void send(Batch batch) throws Exception;
}
