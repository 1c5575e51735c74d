package org.panel4j.bench;

import com.fasterxml.jackson.databind.node.ObjectNode;

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
            level.put("load1AtEnd", Double.parseDouble(java.nio.file.Files.readString(java.nio.file.Path.of("/proc/loadavg")).split(" ")[0]));
            return level;
        }
    }
}
