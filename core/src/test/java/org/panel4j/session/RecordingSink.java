package org.panel4j.session;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/** Test helper: a client sink that records batches and can block, as a slow client does. */
final class RecordingSink implements ClientSink {

    private final List<Batch> batches = new CopyOnWriteArrayList<>();
    private final CountDownLatch blocked = new CountDownLatch(1);
    private final CountDownLatch release;

    private RecordingSink(boolean blocking) {
        this.release = new CountDownLatch(blocking ? 1 : 0);
    }

    /** A sink that takes batches at once. */
    static RecordingSink fast() {
        return new RecordingSink(false);
    }

    /** A sink whose first send blocks until {@link #unblock()}. */
    static RecordingSink blocking() {
        return new RecordingSink(true);
    }

    @Override
    public void send(Batch batch) throws InterruptedException {
        batches.add(batch);
        blocked.countDown();
        if (!release.await(10, TimeUnit.SECONDS)) {
            throw new IllegalStateException("never unblocked");
        }
    }

    /** Waits until a send is under way (and, for a blocking sink, stuck). */
    void awaitFirstSend() throws InterruptedException {
        if (!blocked.await(5, TimeUnit.SECONDS)) {
            throw new AssertionError("no batch was sent");
        }
    }

    void unblock() {
        release.countDown();
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
