package org.panel4j.browser.jdk.java.util.concurrent;

import java.util.concurrent.Executor;

/** {@code java.util.concurrent.ExecutorService} for the page: what core's flush lanes call. */
public interface ExecutorService extends Executor {

    /** Accepts no more tasks; running ones go on. */
    void shutdown();
}
