package org.panel4j.browser.jdk.java.util.concurrent.atomic;

/**
 * {@code java.util.concurrent.atomic.LongAdder} for the page: one thread runs at a time and switches only
 * where one waits, so a plain field sums exactly. Only what core calls (the server's counters).
 */
public class LongAdder {

    private long sum;

    /** A sum of zero. */
    public LongAdder() {}

    /** Adds {@code x}. */
    public void add(long x) {
        sum += x;
    }

    /** Adds one. */
    public void increment() {
        sum++;
    }

    /** Subtracts one. */
    public void decrement() {
        sum--;
    }

    /** The sum. */
    public long sum() {
        return sum;
    }
}
