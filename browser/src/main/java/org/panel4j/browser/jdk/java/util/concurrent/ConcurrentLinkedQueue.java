package org.panel4j.browser.jdk.java.util.concurrent;

import java.util.ArrayDeque;

/**
 * {@code java.util.concurrent.ConcurrentLinkedQueue} for the page: green threads switch only where one
 * waits, never inside a queue operation, so a plain deque is safe (and, like the original, takes no null).
 */
public class ConcurrentLinkedQueue<E> extends ArrayDeque<E> {

    private static final long serialVersionUID = 1L;

    /** An empty queue. */
    public ConcurrentLinkedQueue() {}
}
