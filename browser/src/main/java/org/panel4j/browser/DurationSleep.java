package org.panel4j.browser;

import java.time.Duration;

/**
 * The page's {@code Thread.sleep(Duration)} (added to TeaVM's thread at build time, docs/browser.md):
 * as on the JVM, a negative duration returns at once and any other sleeps at least that long, here
 * through {@link Thread#sleep(long)}, which suspends the calling green thread and lets the page run.
 */
public final class DurationSleep {

    private DurationSleep() {}

    /**
     * Sleeps the calling thread for {@code duration}, rounded up to whole milliseconds.
     *
     * @throws InterruptedException if the thread is interrupted while it sleeps
     */
    public static void sleep(Duration duration) throws InterruptedException {
        long millis = millis(duration);
        if (millis >= 0) {
            Thread.sleep(millis);
        }
    }

    /** How many milliseconds {@link #sleep} waits: -1 for a negative duration, saturated when huge. */
    static long millis(Duration duration) {
        if (duration.isNegative()) {
            return -1;
        }
        long whole = duration.getSeconds() < Long.MAX_VALUE / 1000 ? duration.getSeconds() * 1000 : Long.MAX_VALUE;
        int nanos = duration.getNano();
        long part = nanos / 1_000_000 + (nanos % 1_000_000 == 0 ? 0 : 1);
        return whole > Long.MAX_VALUE - part ? Long.MAX_VALUE : whole + part;
    }
}
