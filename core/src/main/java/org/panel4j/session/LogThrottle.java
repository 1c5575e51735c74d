package org.panel4j.session;

import java.util.HashMap;
import java.util.Map;
import java.util.function.LongConsumer;
import org.jspecify.annotations.Nullable;

/**
 * Keeps a flood of alike log lines from flooding the log: per kind of line, a burst of
 * {@link #BURST} lines is written, then at most one a second; the lines held back are counted and
 * the next line written says how many ({@link #more(long)}). One instance per source of lines
 * (a socket, a session, a handler). Thread-safe. Every session holds some, almost all never used: the
 * state is made at the first line, and the short, never-blocking sections use the object's monitor
 * rather than a lock object (BENCHMARKS.md §4).
 */
public final class LogThrottle {

    /** Lines of one kind written at once before the limit of one a second applies. */
    public static final int BURST = 5;

    private static final long SECOND = 1_000_000_000L;

    private @Nullable Map<String, Kind> kinds;

    /** The state of one kind: tokens left, when they were last topped up, lines held back. */
    private static final class Kind {
        double tokens = BURST;
        long last;
        long suppressed;

        Kind(long now) {
            this.last = now;
        }
    }

    /** A throttle that has written nothing yet. */
    public LogThrottle() {}

    /** Writes a line of {@code kind} now if the limit allows; see {@link #log(String, long, LongConsumer)}. */
    public void log(String kind, LongConsumer line) {
        log(kind, System.nanoTime(), line);
    }

    /**
     * Runs {@code line} with the number of lines of {@code kind} held back since the last one written,
     * if the limit allows a line at {@code nowNanos}; otherwise only counts it. {@code kind} must come
     * from the code, never from a client, so the kinds stay few.
     */
    public void log(String kind, long nowNanos, LongConsumer line) {
        long suppressed;
        synchronized (this) {
            if (kinds == null) {
                kinds = new HashMap<>(4);
            }
            Kind k = kinds.computeIfAbsent(kind, name -> new Kind(nowNanos));
            k.tokens = Math.min(BURST, k.tokens + (double) Math.max(0, nowNanos - k.last) / SECOND);
            k.last = nowNanos;
            if (k.tokens < 1) {
                k.suppressed++;
                return;
            }
            k.tokens -= 1;
            suppressed = k.suppressed;
            k.suppressed = 0;
        }
        line.accept(suppressed);
    }

    /** The lines held back and not yet reported by a later line, over all kinds. */
    public synchronized long pending() {
        return kinds == null ? 0 : kinds.values().stream().mapToLong(k -> k.suppressed).sum();
    }

    /** {@code ""} for 0, else {@code " (N more suppressed)"}: the suffix for a line's message. */
    public static String more(long suppressed) {
        return suppressed == 0 ? "" : " (" + suppressed + " more suppressed)";
    }
}
