package org.panel4j.testkit;

import java.lang.management.ManagementFactory;
import java.lang.ref.Reference;
import java.time.Duration;
import java.util.Collection;

/**
 * Leak checks that do not trust one {@code System.gc()}: the JVM may ignore the hint or collect late on a
 * busy machine, so each check collects again, with allocation pressure, until it holds or a generous
 * timeout passes. A real leak still fails: what is reachable stays reachable however often one collects.
 */
public final class Heap {

    private static final Duration PATIENCE = Duration.ofSeconds(30);

    private Heap() {}

    /** The least heap in use over four collections 50 ms apart: what is still reachable, give or take. */
    public static long usedAfterGc() throws InterruptedException {
        long best = Long.MAX_VALUE;
        for (int i = 0; i < 4; i++) {
            best = Math.min(best, collectAndMeasure());
        }
        return best;
    }

    /**
     * Collects until the heap in use is at most {@code bound} bytes, for up to 30 s; returns the least
     * measured (above {@code bound} only when it never got there).
     */
    public static long usedAfterGcAtMost(long bound) throws InterruptedException {
        long deadline = System.nanoTime() + PATIENCE.toNanos();
        long best = usedAfterGc();
        while (best > bound && System.nanoTime() < deadline) {
            best = Math.min(best, collectAndMeasure());
        }
        return best;
    }

    /**
     * Collects until every reference in {@code refs} is cleared; fails after 30 s naming how many are
     * still reachable.
     */
    public static void awaitCollected(Collection<? extends Reference<?>> refs, String what) throws InterruptedException {
        long deadline = System.nanoTime() + PATIENCE.toNanos();
        while (true) {
            long reachable = refs.stream().filter(ref -> !ref.refersTo(null)).count();
            if (reachable == 0) {
                return;
            }
            if (System.nanoTime() > deadline) {
                throw new AssertionError(reachable + " of " + refs.size() + " " + what + " still reachable after "
                        + PATIENCE + " of collections");
            }
            collectAndMeasure();
        }
    }

    /** A collection, some allocation to push a lazy collector on, and the heap in use after. */
    private static long collectAndMeasure() throws InterruptedException {
        System.gc();
        pressure();
        System.gc();
        Thread.sleep(50);
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }

    private static void pressure() {
        byte[][] chunks = new byte[16][];
        for (int i = 0; i < chunks.length; i++) {
            chunks[i] = new byte[1 << 20];
        }
        Reference.reachabilityFence(chunks); // keeps the allocations from being optimized away
    }
}
