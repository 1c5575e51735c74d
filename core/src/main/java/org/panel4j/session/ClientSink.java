package org.panel4j.session;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;

/** Where a session's batches go: a WebSocket in the server, a recorder in tests. */
@FunctionalInterface
public interface ClientSink {

    /**
     * Starts sending one batch; the stage completes once it is written, exceptionally if it cannot be.
     * Called for one batch at a time per session (the next only after this stage completes), never
     * holding the session lock; the session keeps coalescing meanwhile. It should return without
     * waiting for the client: a sink that blocks holds up the thread that flushes, which for changes
     * shown in many sessions is a lane those sessions share.
     */
    CompletionStage<?> send(Batch batch);

    /** A stage that is already complete: what a sink returns when the batch is written by the time it returns. */
    static CompletionStage<?> written() {
        return CompletableFuture.completedFuture(null);
    }

    /** A sink that drops every batch (benchmarks, clients that only want the snapshot). */
    static ClientSink discarding() {
        return batch -> written();
    }
}
