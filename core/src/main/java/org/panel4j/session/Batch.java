package org.panel4j.session;

import java.util.List;

/**
 * The ops of one flush, applied by the client as one atomic step.
 *
 * @param seq the batch number within its session, from 1, without gaps per connection
 * @param ops the changes, in the order they were first made
 */
public record Batch(long seq, List<Op> ops) {

    /** Copies the ops. */
    public Batch {
        ops = List.copyOf(ops);
    }
}
