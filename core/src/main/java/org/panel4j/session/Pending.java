package org.panel4j.session;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A change waiting in a session's outbox. Entries with equal {@link #key()} coalesce: the newer one
 * {@link #mergeAfter merges} with the older, so memory stays bounded however slow the client.
 */
public interface Pending {

    /** The coalescing key, e.g. a parameter for "its current value". */
    Object key();

    /**
     * Returns the entry that replaces {@code older} (same key) once this newer one arrives;
     * by default this one (last value wins).
     */
    default Pending mergeAfter(Pending older) {
        return this;
    }

    /**
     * True when this entry reads its value only when it is sent and merging it with itself changes nothing
     * (a property's current value): adding it again while it still waits to be sent changes nothing, so a
     * change shown in many sessions skips the outbox's lock for every session that has not sent the previous
     * one yet (docs/decisions/0028-a-shared-ticker-without-a-tail.md). False by default.
     */
    default boolean readsWhenSent() {
        return false;
    }

    /**
     * Returns an entry whose ops no longer change with later sets: values (and the client
     * acknowledgement {@code ack}) read now. Called holding the session lock when it is released, so a
     * batch shows the state at that release. By default this entry itself (already immutable).
     */
    default Pending freeze(long ack) {
        return this;
    }

    /** Turns the entry into the op the client applies; returns null when there is nothing to send. */
    @Nullable Op toOp(long ack);

    /**
     * Turns the entry into the ops the client applies, in order; by default the one of
     * {@link #toOp}. An entry that stands for several kinds of change (e.g. a data source's
     * patches and streamed rows) overrides this.
     */
    default List<Op> toOps(long ack) {
        Op op = toOp(ack);
        return op == null ? List.of() : List.of(op);
    }
}
