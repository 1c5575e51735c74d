package org.panel4j.testkit;

import java.lang.management.ManagementFactory;

/** Measures the heap a test keeps, for leak checks. */
public final class Heap {

    private Heap() {}

    /** The least heap in use over four collections 50 ms apart: what is still reachable, give or take. */
    public static long usedAfterGc() throws InterruptedException {
        long best = Long.MAX_VALUE;
        for (int i = 0; i < 4; i++) {
            System.gc();
            Thread.sleep(50);
            best = Math.min(best, ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed());
        }
        return best;
    }
}
