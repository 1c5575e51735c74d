package org.panel4j.browser.swap.org.panel4j.session.internal;

import org.panel4j.browser.jdk.java.util.concurrent.ExecutorService;
import org.panel4j.browser.jdk.java.util.concurrent.RejectedExecutionException;
import org.panel4j.browser.jdk.java.util.concurrent.ThreadFactory;

/** Core's thread seam in the page: every thread is one of TeaVM's green threads. */
public final class Threads {

    private Threads() {}

    /** Starts {@code action} on a new thread named {@code name}. */
    public static Thread startVirtual(String name, Runnable action) {
        var thread = new Thread(action, name);
        thread.start();
        return thread;
    }

    /** A factory of unstarted threads named {@code name}. */
    public static ThreadFactory virtualFactory(String name) {
        return task -> new Thread(task, name);
    }

    /** An executor running each task on a new thread named {@code name}. */
    public static ExecutorService virtualPerTask(String name) {
        return new PerTask(name);
    }

    /** The same as {@link #virtualPerTask}: the page has no platform threads. */
    public static ExecutorService platformPool(String name, int size, long keepAliveSeconds) {
        return new PerTask(name);
    }

    /** A new thread a task, until shut down. */
    private static final class PerTask implements ExecutorService {

        private final String name;
        private boolean shutdown;

        PerTask(String name) {
            this.name = name;
        }

        @Override
        public void execute(Runnable task) {
            if (shutdown) {
                throw new RejectedExecutionException(name + " is shut down");
            }
            startVirtual(name, task);
        }

        @Override
        public void shutdown() {
            shutdown = true;
        }
    }
}
