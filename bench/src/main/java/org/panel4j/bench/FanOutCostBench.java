package org.panel4j.bench;

import com.sun.management.OperatingSystemMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.LongAdder;
import org.panel4j.AppSession;
import org.panel4j.server.internal.ProtocolEncoder;
import org.panel4j.session.SessionHost;
import org.panel4j.session.internal.SessionCore;
import org.panel4j.widget.StaticText;

/**
 * The engine's share of a shared ticker, in process (no network, so load on a shared machine matters less
 * than for the end-to-end figures): {@code sessions} sessions show one text, each connected to a sink that
 * encodes its batch as the server does and completes at once. {@code ticks} times the text is set and every
 * session's patch awaited; then, for {@code burstMs}, it is set as fast as possible (scenario 3's fan-out).
 * Prints one JSON line: CPU per session marked on the setting thread, process CPU per patch delivered, and
 * patches delivered per second of the burst. Usage: {@code FanOutCostBench <sessions> <ticks> <burstMs>}.
 */
public final class FanOutCostBench {

    private FanOutCostBench() {}

    public static void main(String[] args) throws Exception {
        int sessions = Integer.parseInt(args[0]);
        int ticks = Integer.parseInt(args[1]);
        long burstMs = Long.parseLong(args[2]);
        var threads = ManagementFactory.getThreadMXBean();
        var os = (OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        var encoder = new ProtocolEncoder();
        var patches = new LongAdder();
        var shared = new StaticText();
        try (SessionHost host = SessionHost.create()) {
            for (int s = 0; s < sessions; s++) {
                AppSession app = AppSession.open(session -> shared, host);
                SessionCore.of(app.session()).connect(batch -> {
                    encoder.patch(batch);
                    patches.increment();
                    return CompletableFuture.completedFuture(null);
                });
            }
            for (int warm = 0; warm < 2; warm++) {
                tick(shared, threads, patches, sessions, ticks, "w" + warm);
            }
            System.gc();
            long cpu0 = os.getProcessCpuTime();
            long wall0 = System.nanoTime();
            long setterNanos = tick(shared, threads, patches, sessions, ticks, "t");
            long wall = System.nanoTime() - wall0;
            long cpu = os.getProcessCpuTime() - cpu0;

            long before = patches.sum();
            long burstCpu0 = os.getProcessCpuTime();
            long end = System.nanoTime() + burstMs * 1_000_000;
            long sets = 0;
            while (System.nanoTime() < end) {
                shared.setValue("f" + ++sets);
            }
            long burstCpu = os.getProcessCpuTime() - burstCpu0;
            long delivered = patches.sum() - before;
            System.out.printf("{\"sessions\":%d,\"ticks\":%d,\"setterNanosPerSession\":%.1f,\"cpuNanosPerPatch\":%.1f,"
                            + "\"wallMsPerTick\":%.2f,\"burstSets\":%d,\"burstPatchesPerSecond\":%.0f,\"burstCpuNanosPerPatch\":%.1f}%n",
                    sessions, ticks, setterNanos / (double) ticks / sessions, cpu / (double) ticks / sessions,
                    wall / 1e6 / ticks, sets, delivered / (burstMs / 1000.0), burstCpu / (double) Math.max(1, delivered));
        }
    }

    /** Sets the text {@code ticks} times, each time waiting for every session's patch; returns the setter's CPU. */
    private static long tick(StaticText shared, ThreadMXBean threads, LongAdder patches, int sessions, int ticks,
                             String prefix) throws InterruptedException {
        long setter = 0;
        for (int t = 0; t < ticks; t++) {
            long expected = patches.sum() + sessions;
            long c0 = threads.getCurrentThreadCpuTime();
            shared.setValue(prefix + t);
            setter += threads.getCurrentThreadCpuTime() - c0;
            while (patches.sum() < expected) {
                Thread.sleep(1);
            }
        }
        return setter;
    }
}
