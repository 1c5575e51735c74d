package org.panel4j.session;

/** What an async handler does when it is invoked while an earlier invocation still runs. */
public enum Concurrency {
    /** Interrupt the running invocation and start the new one; only the newest result counts. */
    LATEST,
    /** Run every invocation side by side (the default for click handlers, as in Panel). */
    PARALLEL,
    /** Run invocations one after another, in the order they came. */
    QUEUE,
    /** Ignore an invocation that arrives while one is running. */
    DROP_WHILE_RUNNING
}
