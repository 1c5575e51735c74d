package org.panel4j.bench.plot;

import java.lang.management.ManagementFactory;
import java.net.http.HttpClient;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executors;
import org.panel4j.plot.ColumnDataSource;

/**
 * Server heap per streaming session: {@link #SESSIONS} sessions, each streaming (3 s, 2 columns of
 * doubles) with a WebSocket client reading, at two rollovers; heap after GC, minus the idle baseline.
 */
final class HeapRun {

    private static final int SESSIONS = 8;

    private HeapRun() {}

    static void all(StreamingApp app, HttpClient http, String base) throws Exception {
        for (int rollover : new int[] {1_000, 100_000}) {
            long idle = usedAfterGc();        // sessions of an earlier round linger (grace period) but are idle
            List<RowCountingClient> clients = new ArrayList<>();
            List<ColumnDataSource> sources = new ArrayList<>();
            for (int i = 0; i < SESSIONS; i++) {
                clients.add(new RowCountingClient(http, base, "/plot"));
                sources.add(app.next());
            }
            try (var pool = Executors.newVirtualThreadPerTaskExecutor()) {
                for (ColumnDataSource source : sources) {
                    pool.submit(() -> StreamingApp.produce(source, PlotStreamBench.CHUNK, rollover, 0, 3_000_000_000L));
                }
            }
            long used = usedAfterGc();
            long perSession = (used - idle) / SESSIONS;
            System.out.printf("heap rollover %,d: %,d KB per session (data alone: %,d KB)%n",
                    rollover, perSession >> 10, (2L * 8 * rollover) >> 10);
            for (RowCountingClient client : clients) {
                client.close();
            }
            Thread.sleep(500);
        }
    }

    private static long usedAfterGc() throws InterruptedException {
        for (int i = 0; i < 3; i++) {
            System.gc();
            Thread.sleep(200);
        }
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }
}
