package org.panel4j.bench;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.LongAdder;
import java.util.concurrent.locks.LockSupport;
import org.HdrHistogram.Histogram;
import org.HdrHistogram.Recorder;

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
        ArrayNode results = Results.JSON.createArrayNode();
        for (int n : sessionCounts) {
            server.awaitSessionsAtMost(0);
            long t0 = System.nanoTime();
            try (Clients clients = Clients.open(server.port, "/bench_click", n)) {
                double openSeconds = (System.nanoTime() - t0) / 1e9;
                results.add(level(clients.all, n, clicksPerSecond, openSeconds));
            } catch (java.util.concurrent.ExecutionException e) {
                System.out.printf("  round trip %,d sessions: could not open them all: %s%n", n, e.getCause());
                results.add(Results.JSON.createObjectNode().put("sessions", n).put("failed", String.valueOf(e.getCause())));
            }
        }
        return results;
    }

    /** Clicks {@code rate} times a second round robin over {@code clients} (already open) and records the round trips. */
    ObjectNode level(List<LoadClient> clients, int n, int rate, double openSeconds) throws Exception {
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
        drive(clients, rate, TimeUnit.SECONDS.toNanos(2)); // warm-up
        recorder.getIntervalHistogram();
        ObjectNode level = Results.JSON.createObjectNode();
        level.put("sessions", n);
        level.put("clicksPerSecond", rate);
        level.put("openSeconds", openSeconds);
        ArrayNode runs = level.putArray("windows");
        long messagesBefore = messages.sum();
        var serverBefore = server.stats(false);
        long start = System.nanoTime();
        long[] skipped = new long[2];
        var all = new Histogram(3);
        for (int w = 0; w < windows; w++) {
            long[] s = drive(clients, rate, windowNanos);
            skipped[0] += s[0];
            skipped[1] += s[1];
            Histogram h = recorder.getIntervalHistogram();
            all.add(h);
            runs.add(Results.latency(h));
        }
        double seconds = (System.nanoTime() - start) / 1e9;
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
        System.out.printf("  round trip %,d sessions: p50 %.2f ms  p99 %.2f ms  max %.2f ms  (%,.0f msg/s received;"
                        + " server GCs in the windows: %d, %d ms)%n", n,
                all.getValueAtPercentile(50) / 1e6, all.getValueAtPercentile(99) / 1e6, all.getMaxValue() / 1e6,
                level.get("messagesPerSecondReceived").asDouble(), gcs, gcMillis);
        return level;
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
