package org.panel4j.session.internal;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;

/**
 * Where core makes its threads: virtual threads, and the fan-out lane's platform threads. The one place
 * that names {@code Thread.ofVirtual()} and the JDK's thread pools, so that the browser build swaps this
 * class for one that makes TeaVM's green threads (docs/decisions/0026-browser-build-with-teavm.md).
 * Callers keep a factory or executor in a final field; a call here costs what the JDK call costs.
 */
public final class Threads {

    private Threads() {}

    /** Starts {@code action} on a new virtual thread named {@code name}. */
    public static Thread startVirtual(String name, Runnable action) {
        return Thread.ofVirtual().name(name).start(action);
    }

    /** A factory of unstarted virtual threads named {@code name}. */
    public static ThreadFactory virtualFactory(String name) {
        return Thread.ofVirtual().name(name).factory();
    }

    /** An executor running each task on a new virtual thread named {@code name}. */
    public static ExecutorService virtualPerTask(String name) {
        return Executors.newThreadPerTaskExecutor(virtualFactory(name));
    }

    /**
     * A pool of at most {@code size} daemon platform threads named {@code name}, each ending after
     * {@code keepAliveSeconds} without work, with an unbounded queue.
     */
    public static ExecutorService platformPool(String name, int size, long keepAliveSeconds) {
        var pool = new ThreadPoolExecutor(size, size, keepAliveSeconds, TimeUnit.SECONDS,
                new LinkedBlockingQueue<>(), Thread.ofPlatform().daemon().name(name).factory());
        pool.allowCoreThreadTimeOut(true);
        return pool;
    }
}
