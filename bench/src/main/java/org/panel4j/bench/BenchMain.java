package org.panel4j.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.panel4j.examples.table.TripsDataset;

/**
 * Runs every scenario of BENCHMARKS.md and writes the raw numbers to {@code results.json} (or
 * {@code results-quick.json} with {@code -Dbench.quick=true}) in the working directory. The server
 * under load and the in-flight benchmark run in their own JVMs; this JVM is the load driver.
 */
public final class BenchMain {

    private BenchMain() {}

    /**
     * Runs the benchmarks; {@code -Dbench.quick=true} for a smoke run of about two minutes,
     * {@code -Dbench.only=roundtrip} for scenario 2 over WebSockets alone (1, 100, 1,000 sessions, or the
     * levels of {@code -Dbench.levels=1,100,1000,10000}),
     * {@code -Dbench.only=ticker} for 10,000 ({@code -Dbench.sessions}) sessions showing the ticker, 100 of
     * them clicking once a second, the others held by a {@link Watchers} process ({@code -Dbench.watchers=false}:
     * by this driver's JDK clients), then the fan-out rate to 1,000 sessions (issue 18, goal 4);
     * {@code -Dbench.only=memory} for scenario 4 alone (1,000 and 10,000 sessions, alternated, three
     * times each, after 1,000 pages opened and closed so the server is as warm as in the full run);
     * {@code -Dbench.only=footprint} for the examples server's start and RSS, plain and with the
     * launcher's defaults (AOT cache, compact headers), alternated (issue 18);
     * {@code -Dbench.only=many} for 1,000 widgets rendered and 100 of them patched in Chromium (issue 18);
     * {@code -Dbench.only=scale} for {@code -Dbench.sessions} (100,000) idle pages at once and the click round
     * trip among them, in server JVMs of at most 17,000 pages each (issue 18);
     * {@code -Dbench.only=cluster} for nginx, two nodes and Redis with 200 and 2,000 pages (issue 17);
     * {@code -Dbench.only=tablesessions|tablestream|tablesort|tableview} for the table view's figures (§10);
     * {@code -Dbench.serverJvm="-XX:+UseZGC ..."} adds options to the server's JVM (recorded in the results;
     * {@code -Dbench.fanOutWorkers=N} there sets the server's fan-out workers).
     */
    public static void main(String[] args) throws Exception {
        boolean quick = Boolean.getBoolean("bench.quick");
        List<String> serverJvm = new ArrayList<>(List.of("-Xmx2g"));
        String extra = System.getProperty("bench.serverJvm", "");
        if (!extra.isBlank()) {
            serverJvm.addAll(List.of(extra.trim().split("\\s+")));
        }
        String jfr = System.getProperty("bench.jfr", "");
        if (!jfr.isBlank()) {
            serverJvm.add("-XX:StartFlightRecording=filename=" + jfr + ",settings=profile");
        }
        ObjectNode out = Results.JSON.createObjectNode();
        out.put("quick", quick);
        out.put("started", Instant.now().toString());
        out.set("machine", machine());
        out.set("serverJvm", Results.JSON.valueToTree(serverJvm));
        long t0 = System.nanoTime();
        if ("memory".equals(System.getProperty("bench.only", ""))) {
            try (ServerProcess server = ServerProcess.start(serverJvm)) {
                Clients.open(server.port, "/async_click", 1000).close();
                ArrayNode memory = out.putArray("memory");
                for (int r = 0; r < (quick ? 1 : 3); r++) {
                    for (int n : new int[] {1000, 10_000}) {
                        memory.add(new MemoryScenario(server).run(n));
                    }
                }
            }
            finish(out, quick ? "results-memory-quick.json" : "results-memory.json", t0);
            return;
        }
        if ("rate".equals(System.getProperty("bench.only", ""))) {
            try (ServerProcess server = ServerProcess.start(serverJvm)) {
                var rate = new RateScenario(server);
                out.set("oneSession", rate.oneSession(3));
                out.set("fanOut", rate.fanOut(1000, 3));
            }
            finish(out, "results-rate.json", t0);
            return;
        }
        if ("devreload".equals(System.getProperty("bench.only", ""))) {
            out.set("devReload", new DevReloadScenario().run(quick ? 5 : 20));
            finish(out, "results-devreload.json", t0);
            return;
        }
        if ("footprint".equals(System.getProperty("bench.only", ""))) {
            out.set("footprint", new FootprintScenario().run(quick ? 3 : 7));
            finish(out, quick ? "results-footprint-quick.json" : "results-footprint.json", t0);
            return;
        }
        if ("many".equals(System.getProperty("bench.only", ""))) {
            try (ServerProcess server = ServerProcess.start(serverJvm)) {
                System.out.println("== 12 1,000 widgets in Chromium");
                out.set("manyComponents", new ManyComponentsScenario().run(server.port, quick ? 5 : 20, quick ? 10 : 50));
            }
            finish(out, quick ? "results-many-quick.json" : "results-many.json", t0);
            return;
        }
        if ("cluster".equals(System.getProperty("bench.only", ""))) {
            System.out.println("== 9 several nodes: nginx, two nodes, Redis");
            out.set("cluster", new ClusterScenario(quick).run(quick ? new int[] {60} : new int[] {200, 2000}));
            finish(out, quick ? "results-cluster-quick.json" : "results-cluster.json", t0);
            return;
        }
        if ("table".equals(System.getProperty("bench.only", ""))) {
            int rows = Integer.getInteger("bench.tableRows", TripsDataset.ROWS);   // 1,000,000 beside Panel's Tabulator
            System.out.println("== 10 table data: " + rows + " rows (in process)");
            out.set("tableData", new TableDataScenario(quick, rows).run());
            finish(out, quick ? "results-table-quick.json" : "results-table.json", t0);
            return;
        }
        String only = System.getProperty("bench.only", "");
        if (only.equals("tableview") || only.equals("tablesessions") || only.equals("tablestream") || only.equals("tablesort")) {
            tableViews(out, only, quick, serverJvm);
            finish(out, quick ? "results-tableview-quick.json" : "results-tableview.json", t0);
            return;
        }
        if ("scale".equals(System.getProperty("bench.only", ""))) {
            int n = Integer.getInteger("bench.sessions", quick ? 20_000 : 100_000);
            System.out.println("== 14 " + n + " idle sessions on one box");
            var jvm = new ArrayList<>(serverJvm);
            jvm.removeIf(option -> option.startsWith("-Xmx"));
            jvm.add(0, "-Xmx1g");
            out.set("scale", new ScaleScenario(jvm, quick).run(n));
            finish(out, quick ? "results-scale-quick.json" : "results-scale.json", t0);
            return;
        }
        if ("ticker".equals(System.getProperty("bench.only", ""))) {
            // issue 18: 10,000 sessions showing the 100 ms ticker, 100 of them clicking once a second;
            // then the fan-out rate to 1,000 sessions, in the same server
            try (ServerProcess server = ServerProcess.start(serverJvm)) {
                int sessions = Integer.getInteger("bench.sessions", 10_000);
                System.out.printf("== 2 shared ticker: %,d sessions, 100 clicking once a second%n", sessions);
                if (Boolean.parseBoolean(System.getProperty("bench.watchers", "true"))) {
                    out.set("ticker", new TickerScenario(server, quick).run(sessions, 100, 100));
                } else { // every page a JDK WebSocket client in this driver, as before the watchers
                    out.set("ticker", new RoundTripScenario(server, quick).run(new int[] {sessions}, 100, 100).get(0));
                }
                System.out.println("== 3 fan-out to 1,000 sessions");
                out.set("fanOutWatched", new TickerScenario(server, quick).fanOut(1000, 3));
                out.set("fanOut", new RateScenario(server).fanOut(1000, 3));
            }
            finish(out, quick ? "results-ticker-quick.json" : "results-ticker.json", t0);
            return;
        }
        if ("roundtrip".equals(System.getProperty("bench.only", ""))) {
            try (ServerProcess server = ServerProcess.start(serverJvm)) {
                int[] levels = Arrays.stream(System.getProperty("bench.levels", "").isBlank() ? new String[] {"1", "100", "1000"}
                        : System.getProperty("bench.levels").split(","))
                        .mapToInt(level -> Integer.parseInt(level.strip())).toArray();
                out.set("roundTrip", new RoundTripScenario(server, quick).run(levels, 200));
            }
            finish(out, quick ? "results-roundtrip-quick.json" : "results-roundtrip.json", t0);
            return;
        }

        System.out.println("== 6 micro (JMH)");
        out.set("micro", new MicroScenario().run(quick));

        System.out.println("== 1 async callbacks in flight (in process, -Xmx1g)");
        ArrayNode inFlight = out.putArray("inFlight");
        for (int sessions : new int[] {1, 1000}) {
            inFlight.add(inFlight(100_000, sessions, quick ? 1 : 3));
        }

        System.out.println("== 5 cold start");
        out.set("coldStart", new ColdStartScenario().run(quick ? 3 : 5));

        try (ServerProcess server = ServerProcess.start(serverJvm)) {
            System.out.println("== 2 click -> update round trip over WebSockets (server pid separate, port " + server.port + ")");
            out.set("roundTrip", new RoundTripScenario(server, quick)
                    .run(quick ? new int[] {1, 100, 1000} : new int[] {1, 100, 1000, 10_000}, 200));

            System.out.println("== 2 click -> text visible in Chromium");
            try {
                out.set("browser", new BrowserScenario().run(server.port, quick ? 10 : 30));
            } catch (RuntimeException e) {
                System.out.println("  Chromium scenario failed: " + e);
                out.put("browser", "failed: " + e.toString().lines().findFirst().orElse(""));
            }

            System.out.println("== 3 updates delivered per second");
            var rate = new RateScenario(server);
            ObjectNode updates = out.putObject("updates");
            updates.set("oneSession", rate.oneSession(quick ? 1 : 3));
            updates.set("fanOut", rate.fanOut(quick ? 100 : 1000, quick ? 1 : 3));
            updates.set("slowReader", rate.slowReader());

            System.out.println("== 4 memory per idle /async_click session");
            ArrayNode memory = out.putArray("memory");
            for (int n : quick ? new int[] {1000} : new int[] {1000, 10_000}) {
                memory.add(new MemoryScenario(server).run(n));
            }
        }

        System.out.println("== 10 table data: 10 million rows (in process)");
        out.set("tableData", new TableDataScenario(quick, TripsDataset.ROWS).run());
        finish(out, quick ? "results-quick.json" : "results.json", t0);
    }

    /**
     * Scenario 10's per-session figures against a {@link BenchServer} JVM: heap per viewing session
     * ({@code tablesessions}), a stream into a local table shown by many sessions ({@code tablestream}),
     * Chromium's header click to the new first row ({@code tablesort}); {@code tableview} runs all three.
     * Sizes: {@code -Dbench.tableRows} (10,000,000), {@code -Dbench.sessions} (300 viewing, 100 streamed to),
     * {@code -Dbench.rounds} (3; 6 for the clicks), {@code -Dbench.streamSeconds} (10), {@code -Dbench.streamChunk} (100).
     */
    private static void tableViews(ObjectNode out, String only, boolean quick, List<String> serverJvm) throws Exception {
        int rows = Integer.getInteger("bench.tableRows", TripsDataset.ROWS);
        var jvm = new ArrayList<>(serverJvm);
        jvm.add("-Dbench.tableRows=" + rows);
        int rounds = Integer.getInteger("bench.rounds", quick ? 2 : 3);
        out.put("tableRows", rows);
        try (ServerProcess server = ServerProcess.start(jvm)) {
            out.put("serverPid", server.pid());
            if (only.equals("tableview") || only.equals("tablesessions")) {
                System.out.println("== 10 heap per session viewing the shared trips (server pid " + server.pid() + ")");
                out.set("sessions", new TableSessionsScenario(server, rows)
                        .run(Integer.getInteger("bench.sessions", quick ? 100 : 300), rounds));
            }
            if (only.equals("tableview") || only.equals("tablestream")) {
                System.out.println("== 10 streaming into a local table shown by many sessions");
                var stream = new TableStreamScenario(server, Integer.getInteger("bench.streamChunk", 100));
                out.set("stream", stream.run(Integer.getInteger("bench.sessions", 100), 10_000,
                        Integer.getInteger("bench.streamSeconds", quick ? 5 : 10), rounds));
            }
            if (only.equals("tableview") || only.equals("tablesort")) {
                System.out.println("== 10 Chromium: header click -> new first row painted, in memory and in DuckDB");
                out.set("sortClick", new TableSortBrowserScenario(server)
                        .run(Integer.getInteger("bench.rounds", quick ? 3 : 6)));
            }
        }
    }

    private static void finish(ObjectNode out, String name, long t0) throws Exception {
        out.put("load1AtEnd", loadAverage());
        out.put("totalSeconds", (System.nanoTime() - t0) / 1e9);
        Path file = Path.of(name);
        Files.writeString(file, Results.JSON.writerWithDefaultPrettyPrinter().writeValueAsString(out) + "\n");
        System.out.printf("== done in %.0f s; raw numbers in %s%n", (System.nanoTime() - t0) / 1e9, file.toAbsolutePath());
        System.exit(0);
    }

    private static JsonNode inFlight(int total, int sessions, int runs) throws Exception {
        ArrayNode all = Results.JSON.createArrayNode();
        double[] wall = new double[runs];
        double[] heap = new double[runs];
        for (int r = 0; r < runs; r++) {
            // the wall time and the heap come from separate runs: a full GC with 100,000 tasks in flight
            // pauses them all, so a run that measures the heap would not measure the time undisturbed
            JsonNode timed = inFlightRun(total, sessions, false);
            JsonNode weighed = inFlightRun(total, sessions, true);
            all.add(timed);
            all.add(weighed);
            wall[r] = timed.get("wallMs").asDouble();
            heap[r] = weighed.get("heapInFlightBytes").asDouble();
        }
        ObjectNode node = Results.JSON.createObjectNode();
        node.put("total", total);
        node.put("sessions", sessions);
        node.set("wallMs", Results.median(wall));
        node.set("heapInFlightBytes", Results.median(heap));
        node.set("runs", all);
        System.out.printf("  %,d in flight over %,d sessions: all done in %.0f ms, heap after GC in flight %.0f MiB%n",
                total, sessions, node.get("wallMs").get("median").asDouble(),
                node.get("heapInFlightBytes").get("median").asDouble() / (1 << 20));
        return node;
    }

    private static JsonNode inFlightRun(int total, int sessions, boolean heap) throws Exception {
        var args = new ArrayList<>(List.of(String.valueOf(total), String.valueOf(sessions)));
        if (heap) {
            args.add("heap");
        }
        Process p = new ProcessBuilder(ServerProcess.java(List.of("-Xmx1g"), InFlightBench.class.getName(),
                args.toArray(String[]::new))).redirectErrorStream(true).start();
        JsonNode line = null;
        try (var reader = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
            for (String s; (s = reader.readLine()) != null; ) {
                if (s.startsWith("{")) {
                    line = Results.JSON.readTree(s);
                } else if (!s.startsWith("SLF4J")) {
                    System.out.println("  [in-flight] " + s);
                }
            }
        }
        if (p.waitFor() != 0 || line == null) {
            throw new IllegalStateException("InFlightBench failed with exit code " + p.exitValue());
        }
        return line;
    }

    private static ObjectNode machine() throws Exception {
        ObjectNode m = Results.JSON.createObjectNode();
        m.put("cores", Runtime.getRuntime().availableProcessors());
        m.put("nproc", sh("nproc").trim());
        m.put("free", sh("free -h"));
        m.put("cpu", sh("grep -m1 'model name' /proc/cpuinfo").replace("model name", "").replace(":", "").trim());
        m.put("java", System.getProperty("java.vm.name") + " " + System.getProperty("java.runtime.version"));
        m.put("load1AtStart", loadAverage());
        m.put("uptimeAtStart", sh("uptime").trim());
        System.out.println("machine: " + m);
        return m;
    }

    private static double loadAverage() throws Exception {
        return Double.parseDouble(Files.readString(Path.of("/proc/loadavg")).split(" ")[0]);
    }

    private static String sh(String command) throws Exception {
        Process p = new ProcessBuilder("sh", "-c", command).redirectErrorStream(true).start();
        String text = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        p.waitFor();
        return text;
    }
}
