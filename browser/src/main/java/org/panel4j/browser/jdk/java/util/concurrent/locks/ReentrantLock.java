package org.panel4j.browser.jdk.java.util.concurrent.locks;

import java.util.concurrent.TimeUnit;

/**
 * {@code java.util.concurrent.locks.ReentrantLock} for the page, over a monitor: on green threads a
 * waiting thread suspends and the others run. Not fair; the methods core calls.
 */
public class ReentrantLock {

    private Thread owner;
    private int holds;
    private int waiting;

    /** An unlocked lock. */
    public ReentrantLock() {}

    /** Takes the lock, waiting as long as another thread holds it. */
    public synchronized void lock() {
        Thread me = Thread.currentThread();
        boolean interrupted = false;
        waiting++;
        try {
            while (owner != null && owner != me) {
                try {
                    wait();
                } catch (InterruptedException e) {
                    interrupted = true;
                }
            }
        } finally {
            waiting--;
        }
        take(me);
        if (interrupted) {
            me.interrupt();
        }
    }

    /** Takes the lock, waiting until it is free or this thread is interrupted. */
    public synchronized void lockInterruptibly() throws InterruptedException {
        Thread me = Thread.currentThread();
        waiting++;
        try {
            while (owner != null && owner != me) {
                wait();
            }
        } finally {
            waiting--;
        }
        take(me);
    }

    /** Takes the lock if it is free or held by this thread. */
    public synchronized boolean tryLock() {
        Thread me = Thread.currentThread();
        if (owner != null && owner != me) {
            return false;
        }
        take(me);
        return true;
    }

    /** Takes the lock, waiting at most {@code timeout}; false if it did not get it. */
    public synchronized boolean tryLock(long timeout, TimeUnit unit) throws InterruptedException {
        Thread me = Thread.currentThread();
        long deadline = System.currentTimeMillis() + unit.toMillis(timeout);
        waiting++;
        try {
            while (owner != null && owner != me) {
                long left = deadline - System.currentTimeMillis();
                if (left <= 0) {
                    return false;
                }
                wait(left);
            }
        } finally {
            waiting--;
        }
        take(me);
        return true;
    }

    private void take(Thread me) {
        owner = me;
        holds++;
    }

    /** Releases one hold; the last one frees the lock. */
    public synchronized void unlock() {
        if (owner != Thread.currentThread()) {
            throw new IllegalMonitorStateException();
        }
        if (--holds == 0) {
            owner = null;
            notifyAll();
        }
    }

    /** Whether this thread holds the lock. */
    public synchronized boolean isHeldByCurrentThread() {
        return owner == Thread.currentThread();
    }

    /** Whether any thread holds the lock. */
    public synchronized boolean isLocked() {
        return owner != null;
    }

    /** How many holds this thread has. */
    public synchronized int getHoldCount() {
        return owner == Thread.currentThread() ? holds : 0;
    }

    /** Whether a thread waits for the lock. */
    public synchronized boolean hasQueuedThreads() {
        return waiting > 0;
    }
}
