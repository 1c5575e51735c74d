package org.panel4j.session;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/** Test helper: a client sink that records batches and can leave a write pending, as a slow client does. */
final class RecordingSink implements ClientSink {

    private final List<Batch> batches = new CopyOnWriteArrayList<>();
    private final CountDownLatch sent = new CountDownLatch(1);
    private final CompletableFuture<Void> release = new CompletableFuture<>();

    private RecordingSink(boolean blocking) {
        if (!blocking) {
            release.complete(null);
        }
    }

    /** A sink that takes batches at once. */
    static RecordingSink fast() {
        return new RecordingSink(false);
    }

    /** A sink whose first write stays pending until {@link #unblock()}, as a slow client's does. */
    static RecordingSink blocking() {
        return new RecordingSink(true);
    }

    /** Records the batch; its write stays pending until {@link #unblock()} (at once for a fast sink). */
    @Override
    public CompletionStage<?> send(Batch batch) {
        batches.add(batch);
        sent.countDown();
        return release;
    }

    /** Waits until a send is under way (and, for a blocking sink, pending). */
    void awaitFirstSend() throws InterruptedException {
        if (!sent.await(5, TimeUnit.SECONDS)) {
            throw new AssertionError("no batch was sent");
        }
    }

    void unblock() {
        release.complete(null);
    }

    List<Batch> batches() {
        return List.copyOf(batches);
    }

    /** Every SetProp of {@code prop} of component {@code id}, in arrival order. */
    List<Op.SetProp> sets(String id, String prop) {
        return batches.stream().flatMap(b -> b.ops().stream())
                .filter(op -> op instanceof Op.SetProp set && set.id().equals(id) && set.prop().equals(prop))
                .map(Op.SetProp.class::cast).toList();
    }
}
