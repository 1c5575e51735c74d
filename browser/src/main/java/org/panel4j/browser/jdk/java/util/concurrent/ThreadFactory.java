package org.panel4j.browser.jdk.java.util.concurrent;

/** {@code java.util.concurrent.ThreadFactory} for the page. */
@FunctionalInterface
public interface ThreadFactory {

    /** An unstarted thread that runs {@code task}. */
    Thread newThread(Runnable task);
}
