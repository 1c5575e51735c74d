package org.panel4j.bind;

/** Lets a streaming bind function show several results over time. Thread-safe. */
@FunctionalInterface
public interface Emitter {

    /**
     * Shows {@code value} (replacing or appending, as the binding says); ignored once a newer
     * evaluation has started.
     */
    void emit(Object value);
}
