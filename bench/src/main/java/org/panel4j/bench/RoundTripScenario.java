package org.panel4j.bench;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.LongAdder;
import java.util.concurrent.locks.LockSupport;
import org.HdrHistogram.Histogram;
import org.HdrHistogram.Recorder;
import org.jspecify.annotations.Nullable;

/**
 * Scenario 2 over real WebSockets: at each session count, clicks arrive at a fixed total rate on
 * round-robin sessions of {@code /bench_click} (the seed's async click plus a shared ticker changing
 * every 100 ms), and the time from sending a click to receiving the patch with 'Running N' is recorded.
 */
final class RoundTripScenario {

    private final ServerProcess server;
    private final boolean quick;

    RoundTripScenario(ServerProcess server, boolean quick) {
        this.server = server;
        this.quick = quick;
    }

    ArrayNode run(int[] sessionCounts, int clicksPerSecond) throws Exception {
        return run(sessionCounts, Integer.MAX_VALUE, clicksPerSecond);
    }

    /**
     * Like {@link #run(int[], int)}, but only the first {@code clickers} sessions of each level click (round
     * robin, {@code clicksPerSecond} in total); the others only receive the ticker. Issue 18's shared ticker:
     * 10,000 sessions, 100 of them clicking once a second.
     */
    ArrayNode run(int[] sessionCounts, int clickers, int clicksPerSecond) throws Exception {
        ArrayNode results = Results.JSON.createArrayNode();
        for (int n : sessionCounts) {
            server.awaitSessionsAtMost(0);
            long t0 = System.nanoTime();
            try (Clients clients = Clients.open(server.port, "/bench_click", n)) {
                double openSeconds = (System.nanoTime() - t0) / 1e9;
                results.add(level(clients.all, Math.min(n, clickers), clicksPerSecond, openSeconds));
            } catch (java.util.concurrent.ExecutionException e) {
                System.out.printf("  round trip %,d sessions: could not open them all: %s%n", n, e.getCause());
                results.add(Results.JSON.createObjectNode().put("sessions", n).put("failed", String.valueOf(e.getCause())));
            }
        }
        return results;
    }

    /** Clicks {@code rate} times a second round robin over the first {@code clickers} of {@code clients} (already open) and records the round trips. */
    ObjectNode level(List<LoadClient> clients, int clickers, int rate, double openSeconds) throws Exception {
        return level(clients, clickers, rate, openSeconds, null);
    }

    /**
     * Like {@link #level(List, int, int, double)}, with more pages held by {@code watchers} (another process),
     * whose frames received per second, CPU and unread bytes are recorded over the same windows.
     */
    ObjectNode level(List<LoadClient> clients, int clickers, int rate, double openSeconds, @Nullable WatcherProcess watchers)
            throws Exception {
        int n = clients.size() + (watchers == null ? 0 : watchers.pages);
        List<LoadClient> clicking = clients.subList(0, clickers);
        var recorder = new Recorder(3);
        var messages = new LongAdder();
        for (LoadClient c : clients) {
            c.onMessage(text -> {
                messages.increment();
                long sent = c.clickSentAt;
                if (sent != 0 && text.contains("\"Running ")) {
                    recorder.recordValue(System.nanoTime() - sent);
                    c.clickSentAt = 0;
                }
            });
        }
        int windows = quick ? 2 : 3;
        long windowNanos = TimeUnit.SECONDS.toNanos(quick ? 4 : 6);
        // steady state: the sessions just opened are long-lived; tenure them now in both JVMs, or the first
        // young collections of the windows copy all of them (pauses of 30-70 ms measured) and time the setup
        server.stats(true);
        System.gc();
        drive(clicking, rate, TimeUnit.SECONDS.toNanos(2)); // warm-up
        recorder.getIntervalHistogram();
        ObjectNode level = Results.JSON.createObjectNode();
        level.put("sessions", n);
        level.put("clickingSessions", clickers);
        level.put("clicksPerSecond", rate);
        level.put("openSeconds", openSeconds);
        ArrayNode runs = level.putArray("windows");
        long messagesBefore = messages.sum();
        var serverBefore = server.stats(false);
        long driverCpuBefore = driverCpuNanos();
        WatcherProcess.Sample watchedBefore = watchers == null ? null : watchers.sample();
        long start = System.nanoTime();
        long[] skipped = new long[2];
        var all = new Histogram(3);
        for (int w = 0; w < windows; w++) {
            long[] s = drive(clicking, rate, windowNanos);
            skipped[0] += s[0];
            skipped[1] += s[1];
            Histogram h = recorder.getIntervalHistogram();
            all.add(h);
            runs.add(Results.latency(h));
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        WatcherProcess.Sample watchedAfter = watchers == null ? null : watchers.sample();
        level.set("all", Results.latency(all));
        level.put("skippedBusySessions", skipped[0]);
        level.put("unanswered", skipped[1]);
        level.put("messagesPerSecondReceived", (messages.sum() - messagesBefore) / seconds);
        var serverAfter = server.stats(false);
        level.set("serverAfter", serverAfter);
        long gcs = serverAfter.get("gcCount").asLong() - serverBefore.get("gcCount").asLong();
        long gcMillis = serverAfter.get("gcMillis").asLong() - serverBefore.get("gcMillis").asLong();
        level.put("serverGcsInWindows", gcs);
        level.put("serverGcMillisInWindows", gcMillis);
        // where the two cores went: the server's and this driver's CPU per second of the windows
        double serverCores = (serverAfter.get("cpuNanos").asLong() - serverBefore.get("cpuNanos").asLong()) / 1e9 / seconds;
        double driverCores = (driverCpuNanos() - driverCpuBefore) / 1e9 / seconds;
        level.put("serverCores", serverCores);
        level.put("driverCores", driverCores);
        System.out.printf("  round trip %,d sessions (%,d clicking): p50 %.2f ms  p99 %.2f ms  max %.2f ms  (%,.0f msg/s received;"
                        + " server GCs in the windows: %d, %d ms; cores used: server %.2f, driver %.2f)%n", n, clickers,
                all.getValueAtPercentile(50) / 1e6, all.getValueAtPercentile(99) / 1e6, all.getMaxValue() / 1e6,
                level.get("messagesPerSecondReceived").asDouble(), gcs, gcMillis, serverCores, driverCores);
        if (watchers != null && watchedBefore != null && watchedAfter != null) {
            double span = (watchedAfter.nanoTime() - watchedBefore.nanoTime()) / 1e9;
            ObjectNode watched = level.putObject("watchers");
            watched.put("pages", watchers.pages);
            watched.put("openSeconds", watchers.openSeconds);
            watched.put("framesPerSecond", (watchedAfter.frames() - watchedBefore.frames()) / span);
            watched.put("bytesPerSecond", (watchedAfter.bytes() - watchedBefore.bytes()) / span);
            watched.put("cores", (watchedAfter.cpuNanos() - watchedBefore.cpuNanos()) / 1e9 / span);
            watched.put("framesPerPagePerSecondMin", watchedAfter.minFrames() / span);
            watched.put("framesPerPagePerSecondP1", watchedAfter.p1Frames() / span);
            watched.put("framesPerPagePerSecondMedian", watchedAfter.medianFrames() / span);
            watched.put("closed", watchedAfter.closed());
            watched.put("unreadBytesAtEnd", watchedAfter.recvQueueBytes());
            System.out.printf("  watchers: %,d pages, %,.0f frames/s received (per page: min %.1f, p1 %.1f, median %.1f /s),"
                            + " %.2f cores, %,d bytes unread at the end, %d closed%n", watchers.pages,
                    watched.get("framesPerSecond").asDouble(), watched.get("framesPerPagePerSecondMin").asDouble(),
                    watched.get("framesPerPagePerSecondP1").asDouble(), watched.get("framesPerPagePerSecondMedian").asDouble(),
                    watched.get("cores").asDouble(), watchedAfter.recvQueueBytes(), watchedAfter.closed());
        }
        return level;
    }

    private static long driverCpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory
                .getOperatingSystemMXBean()).getProcessCpuTime();
    }

    /** Sends clicks at {@code rate}/s for {@code nanos}, round robin; returns {skipped (session busy), unanswered}. */
    private static long[] drive(List<LoadClient> clients, int rate, long nanos) {
        long interval = 1_000_000_000L / rate;
        long start = System.nanoTime();
        long next = start;
        long skipped = 0;
        int i = 0;
        while (next - start < nanos) {
            long now;
            while ((now = System.nanoTime()) < next) {
                LockSupport.parkNanos(next - now);
            }
            LoadClient c = clients.get(i++ % clients.size());
            if (c.clickSentAt != 0) {
                skipped++;
            } else {
                c.clickSentAt = System.nanoTime();
                c.click().join();
            }
            next += interval;
        }
        // let the last answers arrive before the window's histogram is taken
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(2);
        for (LoadClient c : clients) {
            while (c.clickSentAt != 0 && System.nanoTime() < deadline) {
                LockSupport.parkNanos(1_000_000);
            }
        }
        long unanswered = 0;
        for (LoadClient c : clients) {
            if (c.clickSentAt != 0) {
                c.clickSentAt = 0;
                unanswered++;
            }
        }
        return new long[] {skipped, unanswered};
    }
}
