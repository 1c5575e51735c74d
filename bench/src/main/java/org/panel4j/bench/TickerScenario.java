package org.panel4j.bench;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

/**
 * Issue 18, goal 4, the shared ticker: {@code sessions} pages of {@code /bench_click} show a value a
 * server-wide callback changes every 100 ms, and {@code clickers} of them click round robin,
 * {@code clicksPerSecond} in total. The pages that only watch are held by a {@link Watchers} process (raw
 * sockets, one selector, frames counted, not decoded), so that the driver reading 100,000 tick frames a
 * second is no longer what bounds the clicks' round trip; the clicking pages are the driver's JDK
 * WebSocket clients, measured as in scenario 2.
 */
final class TickerScenario {

    /** The watchers' source address: their own ~28,000 ephemeral ports, apart from the driver's. */
    private static final String WATCHER_ADDRESS = "127.0.0.2";

    private final ServerProcess server;
    private final boolean quick;

    TickerScenario(ServerProcess server, boolean quick) {
        this.server = server;
        this.quick = quick;
    }

    ObjectNode run(int sessions, int clickers, int clicksPerSecond) throws Exception {
        server.awaitSessionsAtMost(0);
        long t0 = System.nanoTime();
        try (WatcherProcess watchers = WatcherProcess.start(server.port, "/bench_click", WATCHER_ADDRESS, sessions - clickers);
                Clients clicking = Clients.open(server.port, "/bench_click", clickers)) {
            double openSeconds = (System.nanoTime() - t0) / 1e9;
            ObjectNode level = new RoundTripScenario(server, quick).level(clicking.all, clickers, clicksPerSecond, openSeconds, watchers);
            level.put("load1AtEnd", Double.parseDouble(Files.readString(Path.of("/proc/loadavg")).split(" ")[0]));
            return level;
        }
    }

    /**
     * Scenario 3's fan-out burst ({@code /bench/fan}: one shared text set as fast as the server can for 2 s)
     * to {@code sessions} pages held by a {@link Watchers} process: the patches per second counted at the
     * receivers, from the burst's start until their count stops growing. The driver's JDK clients are not
     * in the way, so this is what the server delivers.
     */
    ObjectNode fanOut(int sessions, int runs) throws Exception {
        server.awaitSessionsAtMost(0);
        ObjectNode node = Results.JSON.createObjectNode();
        node.put("sessions", sessions);
        double[] delivered = new double[runs];
        double[] cores = new double[runs];
        try (WatcherProcess watchers = WatcherProcess.start(server.port, "/bench_fan", WATCHER_ADDRESS, sessions)) {
            for (int r = 0; r < runs; r++) {
                WatcherProcess.Sample before = watchers.sample();
                Results.JSON.readTree(ServerProcess.get(server.port, "/bench/fan?ms=2000"));
                WatcherProcess.Sample last = watchers.sample();
                WatcherProcess.Sample end;
                while (true) { // until 200 ms pass without a frame; the rate is taken up to the last sample that grew
                    Thread.sleep(200);
                    end = watchers.sample();
                    if (end.frames() == last.frames()) {
                        break;
                    }
                    last = end;
                }
                delivered[r] = (last.frames() - before.frames()) / ((last.nanoTime() - before.nanoTime()) / 1e9);
                cores[r] = (last.cpuNanos() - before.cpuNanos()) / 1e9 / ((last.nanoTime() - before.nanoTime()) / 1e9);
            }
        }
        node.set("patchesPerSecondDelivered", Results.median(delivered));
        node.set("watcherCores", Results.median(cores));
        System.out.printf("  fan-out to %,d watching pages: %,.0f patches/s received in total (runs: %s; watchers' cores %.2f)%n",
                sessions, node.get("patchesPerSecondDelivered").get("median").asDouble(),
                Arrays.toString(Arrays.stream(delivered).mapToLong(Math::round).toArray()),
                node.get("watcherCores").get("median").asDouble());
        return node;
    }
}
