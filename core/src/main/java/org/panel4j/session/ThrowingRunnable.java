package org.panel4j.session;

/** A block of user code that may throw, for {@link Session#withLock} and {@link Session#hold}. */
@FunctionalInterface
public interface ThrowingRunnable {

    /** Runs the block. */
    void run() throws Exception;
}
