package org.panel4j.browser.jdk.java.util.concurrent;

import java.util.concurrent.TimeUnit;

/** {@code java.util.concurrent.CountDownLatch} for the page, over a monitor. */
public class CountDownLatch {

    private long count;

    /** A latch open after {@code count} counts down. */
    public CountDownLatch(int count) {
        if (count < 0) {
            throw new IllegalArgumentException("count < 0");
        }
        this.count = count;
    }

    /** Counts down, releasing the waiting threads at zero. */
    public synchronized void countDown() {
        if (count > 0 && --count == 0) {
            notifyAll();
        }
    }

    /** The current count. */
    public synchronized long getCount() {
        return count;
    }

    /** Waits until the count is zero. */
    public synchronized void await() throws InterruptedException {
        while (count > 0) {
            wait();
        }
    }

    /** Waits until the count is zero or the timeout passed; false in the latter case. */
    public synchronized boolean await(long timeout, TimeUnit unit) throws InterruptedException {
        long deadline = System.currentTimeMillis() + unit.toMillis(timeout);
        while (count > 0) {
            long left = deadline - System.currentTimeMillis();
            if (left <= 0) {
                return false;
            }
            wait(left);
        }
        return true;
    }
}
