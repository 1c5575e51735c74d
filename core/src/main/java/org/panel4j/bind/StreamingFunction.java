package org.panel4j.bind;

import java.util.List;

/** A bind function that emits several results over time through an {@link Emitter}. */
@FunctionalInterface
public interface StreamingFunction {

    /** Computes results for these input values, emitting each; runs on its own virtual thread. */
    void apply(List<Object> inputs, Emitter emit) throws Exception;
}
