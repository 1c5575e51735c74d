package org.panel4j.bench;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Scenario 10, heap per viewing session: {@code n} sessions of {@code /bench_trips}, each a remote
 * {@code Table} over the one shared trips dataset with its own sort, filter and page (one answered
 * query each), against {@code n} sessions of {@code /bench_trips_idle} (the same page without the
 * table), in the same server, alternated round by round. Each figure is the heap after GC with the
 * sessions connected minus the heap after GC with none, divided by {@code n}; the table's cost is the
 * difference of the two. The shared caches (sort orders, filter matches) are warmed by a first unmeasured
 * round, so they count in both baselines, not per session.
 */
final class TableSessionsScenario {

    private static final Pattern TABLE = Pattern.compile("\"id\":\"([^\"]+)\",\"type\":\"Table\"");
    /** Sorts and filters the sessions take in turn: each session's view differs from its neighbours'. */
    private static final String[] SORTS = {"[]", "[{\"column\":\"fare\",\"descending\":true}]",
        "[{\"column\":\"distance\",\"descending\":false}]", "[{\"column\":\"pickup\",\"descending\":true}]"};
    private static final String[] FILTERS = {"[]", "[{\"column\":\"borough\",\"type\":\"oneOf\",\"values\":[\"Brooklyn\",\"Queens\"]}]",
        "[{\"column\":\"distance\",\"type\":\"between\",\"min\":2,\"max\":5}]"};   // each leaves over a tenth of the rows

    private final ServerProcess server;
    private final long rows;

    TableSessionsScenario(ServerProcess server, long rows) {
        this.server = server;
        this.rows = rows;
    }

    ObjectNode run(int n, int rounds) throws Exception {
        ObjectNode out = Results.JSON.createObjectNode();
        out.put("sessions", n);
        long t0 = System.nanoTime();
        awaitBuilt(server, "memory");
        out.put("buildSeconds", (System.nanoTime() - t0) / 1e9);
        System.out.printf("  trips in memory built in %.0f s%n", out.get("buildSeconds").asDouble());
        measure(n, true, 0);     // warms the shared caches with every sort and filter, and the code paths
        ArrayNode all = out.putArray("rounds");
        double[] table = new double[rounds];
        double[] idle = new double[rounds];
        double[] extra = new double[rounds];
        for (int r = 0; r < rounds; r++) {
            boolean tableFirst = r % 2 == 0;
            double a = measure(n, tableFirst, r + 1);
            double b = measure(n, !tableFirst, r + 1);
            table[r] = tableFirst ? a : b;
            idle[r] = tableFirst ? b : a;
            extra[r] = table[r] - idle[r];
            ObjectNode round = all.addObject();
            round.put("tableBytesPerSession", table[r]);
            round.put("idleBytesPerSession", idle[r]);
            round.put("tableExtraBytesPerSession", extra[r]);
            round.put("load1", load());
            System.out.printf("  round %d: viewing %.1f KiB, idle %.1f KiB per session: the table +%.1f KiB (load %.2f)%n",
                    r + 1, table[r] / 1024, idle[r] / 1024, extra[r] / 1024, load());
        }
        out.set("tableBytesPerSession", Results.median(table));
        out.set("idleBytesPerSession", Results.median(idle));
        out.set("tableExtraBytesPerSession", Results.median(extra));
        System.out.printf("  a session viewing the trips costs %.1f KiB more than an idle one (median of %d; %.1f–%.1f)%n",
                out.get("tableExtraBytesPerSession").get("median").asDouble() / 1024, rounds,
                out.get("tableExtraBytesPerSession").get("min").asDouble() / 1024,
                out.get("tableExtraBytesPerSession").get("max").asDouble() / 1024);
        return out;
    }

    /** Opens {@code n} pages (viewing the table or idle), each answered; returns heap per session after GC. */
    private double measure(int n, boolean viewing, int round) throws Exception {
        server.awaitSessionsAtMost(0);
        long before = server.stats(true).get("heapUsed").asLong();
        try (Clients clients = Clients.open(server.port, viewing ? "/bench_trips" : "/bench_trips_idle", n, 3)) {
            if (viewing) {
                query(clients.all, new SplittableRandom(round));
            }
            var after = server.stats(true);
            if (after.get("sessions").asInt() < n) {
                throw new IllegalStateException("only " + after.get("sessions") + " of " + n + " sessions open");
            }
            String holdFor = System.getProperty("bench.holdSeconds", "");
            if (!holdFor.isBlank()) {   // time for a class histogram of each kind: jcmd PID GC.class_histogram
                System.out.println("  holding " + n + (viewing ? " viewing" : " idle") + " sessions for " + holdFor + " s");
                Thread.sleep(Long.parseLong(holdFor) * 1000);
            }
            return (after.get("heapUsed").asLong() - before) / (double) n;
        }
    }

    /** Each client asks its table for one page (sort, filter and offset its own) and awaits the answer. */
    private void query(List<LoadClient> clients, SplittableRandom random) throws Exception {
        var answered = new ArrayList<CompletableFuture<Void>>();
        for (int i = 0; i < clients.size(); i++) {
            LoadClient client = clients.get(i);
            Matcher m = TABLE.matcher(client.initMessage());
            if (!m.find()) {
                throw new IllegalStateException("no Table in the init of /bench_trips");
            }
            long request = i + 1;
            long offset = random.nextLong(Math.max(1, rows / 10 / 100)) * 100;
            var done = new CompletableFuture<Void>();
            String marker = "\"request\":" + request + ",";
            client.onMessage(text -> {
                if (text.contains(marker) && text.contains("\"matching\"")) {
                    done.complete(null);
                } else if (text.contains(marker) && text.contains("\"error\"")) {
                    done.completeExceptionally(new IllegalStateException("the query failed: " + text));
                }
            });
            client.event(m.group(1), "query", "{\"request\":" + request + ",\"offset\":" + offset + ",\"limit\":100,\"sort\":"
                    + SORTS[i % SORTS.length] + ",\"filters\":" + FILTERS[(i / SORTS.length) % FILTERS.length]
                    + ",\"search\":\"\"}");
            answered.add(done);
        }
        CompletableFuture.allOf(answered.toArray(CompletableFuture[]::new)).get(300, TimeUnit.SECONDS);
    }

    /** Asks the server to build the trips ({@code memory} or {@code duckdb}) and waits until they are. */
    static void awaitBuilt(ServerProcess server, String store) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(10);
        while (true) {
            String state = Results.JSON.readTree(ServerProcess.get(server.port, "/bench/trips?store=" + store))
                    .get("state").asText();
            if (state.equals("ready")) {
                return;
            }
            if (state.equals("failed") || System.nanoTime() > deadline) {
                throw new IllegalStateException("the trips " + store + " were not built: " + state);
            }
            Thread.sleep(500);
        }
    }

    static double load() throws Exception {
        return Double.parseDouble(Files.readString(Path.of("/proc/loadavg")).split(" ")[0]);
    }
}
