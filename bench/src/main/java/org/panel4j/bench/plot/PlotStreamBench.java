package org.panel4j.bench.plot;

import java.lang.management.ManagementFactory;
import java.net.http.HttpClient;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.panel4j.plot.ColumnDataSource;
import org.panel4j.server.PanelServer;

/**
 * Measures plot streaming (prints figures, asserts nothing): {@code socket} — points per second
 * streamed into one session and counted by a WebSocket client; {@code page} — the same into a live
 * Chromium page, with the page's frames per second; {@code heap} — server heap per streaming session
 * at two rollovers. Run: {@code java -cp … org.panel4j.bench.plot.PlotStreamBench socket|page|heap [runs]}.
 */
public final class PlotStreamBench {

    static final int CHUNK = 2_000;
    static final int WINDOW = 100_000;

    private PlotStreamBench() {}

    /** Runs the benchmark named by {@code args[0]} {@code args[1]} times (default 5). */
    public static void main(String[] args) throws Exception {
        String mode = args.length > 0 ? args[0] : "socket";
        int runs = args.length > 1 ? Integer.parseInt(args[1]) : 5;
        var app = new StreamingApp();
        PanelServer server = PanelServer.create(c -> c.port(0).address("127.0.0.1").app("/plot", app.app())).start();
        String base = "http://127.0.0.1:" + server.port();
        System.out.printf("cores=%d java=%s load=%.2f%n", Runtime.getRuntime().availableProcessors(),
                System.getProperty("java.version"), ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
        try (HttpClient http = HttpClient.newHttpClient()) {
            switch (mode) {
                case "socket" -> socket(app, http, base, runs);
                case "page" -> PageRun.all(app, base, runs);
                case "heap" -> HeapRun.all(app, http, base);
                default -> throw new IllegalArgumentException("mode must be socket, page or heap, not " + mode);
            }
        } finally {
            server.stop();
        }
    }

    private static void socket(StreamingApp app, HttpClient http, String base, int runs) throws Exception {
        List<Double> rates = new ArrayList<>();
        for (int run = 0; run < runs + 1; run++) {          // run 0 warms up
            try (var client = new RowCountingClient(http, base, "/plot")) {
                ColumnDataSource source = app.next();
                long before = client.rows.get();
                long start = System.nanoTime();
                long produced = StreamingApp.produce(source, CHUNK, WINDOW, 0, 3_000_000_000L);
                long end = awaitQuiet(client);
                double seconds = (end - start) / 1e9;
                long received = client.rows.get() - before;
                System.out.printf("socket run %d: produced %,d points, received %,d (%,.0f points/s), %,d MB%n",
                        run, produced, received, received / seconds, client.bytes.get() >> 20);
                if (run > 0) {
                    rates.add(received / seconds);
                }
            }
        }
        System.out.printf("socket median: %,.0f points/s (runs %s)%n", median(rates), rates);
    }

    /** Waits until the client has received nothing for 300 ms; returns when it last received. */
    static long awaitQuiet(RowCountingClient client) throws InterruptedException {
        long last = client.rows.get();
        long lastChange = System.nanoTime();
        while (System.nanoTime() - lastChange < 300_000_000L) {
            Thread.sleep(20);
            long now = client.rows.get();
            if (now != last) {
                last = now;
                lastChange = System.nanoTime();
            }
        }
        return lastChange;
    }

    static double median(List<Double> values) {
        double[] sorted = values.stream().mapToDouble(Double::doubleValue).sorted().toArray();
        return sorted.length == 0 ? Double.NaN : sorted[sorted.length / 2];
    }

    static String fmt(double[] values) {
        return Arrays.toString(Arrays.stream(values).map(v -> Math.round(v * 10) / 10.0).toArray());
    }
}
