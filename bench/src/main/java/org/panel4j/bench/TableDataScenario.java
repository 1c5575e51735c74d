package org.panel4j.bench;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.lang.management.ManagementFactory;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import org.panel4j.examples.table.TripsDataset;
import org.panel4j.sql.SqlTableData;
import org.panel4j.table.ColumnFilter;
import org.panel4j.table.ColumnarTableData;
import org.panel4j.table.RowQuery;
import org.panel4j.table.SortKey;
import org.panel4j.table.TableData;

/**
 * Scenario 10 of BENCHMARKS.md: the ten million trips of the {@code /table} example, in memory and in
 * DuckDB, queried in this JVM (the server's time for a query, no network): build time, heap of the
 * shared in-memory data, and the time of a sort, a filter, a search (each cold: caches cleared) and a
 * page fetch (warm: the sort order or count cached, a random page).
 */
final class TableDataScenario {

    private static final int PAGE = 100;

    private final boolean quick;
    private final int rows;

    TableDataScenario(boolean quick, int rows) {
        this.quick = quick;
        this.rows = rows;
    }

    /** Runs it standalone: {@code java -Xmx2g -cp … org.panel4j.bench.TableDataScenario [quick]}. */
    public static void main(String[] args) throws Exception {
        boolean quick = args.length > 0 && args[0].equals("quick");
        System.out.println(Results.JSON.writerWithDefaultPrettyPrinter()
                .writeValueAsString(new TableDataScenario(quick, TripsDataset.ROWS).run()));
        System.exit(0);
    }

    ObjectNode run() throws Exception {
        ObjectNode out = Results.JSON.createObjectNode();
        out.put("rows", rows);
        try (TripsDataset trips = new TripsDataset(rows)) {
            long heapBefore = heapAfterGc();
            var threads = ManagementFactory.getThreadMXBean();
            long cpu0 = threads.getCurrentThreadCpuTime();
            long t0 = System.nanoTime();
            ColumnarTableData memory = trips.inMemory();
            double buildMs = (System.nanoTime() - t0) / 1e6;
            out.put("inMemoryBuildCpuMs", (threads.getCurrentThreadCpuTime() - cpu0) / 1e6);
            long heapAfter = heapAfterGc();
            out.put("inMemoryBuildMs", buildMs);
            out.put("inMemoryHeapBytes", heapAfter - heapBefore);
            out.put("inMemoryColumnBytes", memory.columnBytes());
            System.out.printf("  in memory: built in %.0f ms (CPU %.0f ms), heap after GC +%.0f MiB (columns %.0f MiB)%n",
                    buildMs, out.get("inMemoryBuildCpuMs").asDouble(), (heapAfter - heapBefore) / 1048576.0,
                    memory.columnBytes() / 1048576.0);

            long rssBefore = rssBytes();
            t0 = System.nanoTime();
            SqlTableData duck = trips.duckDb();
            double duckMs = (System.nanoTime() - t0) / 1e6;
            out.put("duckDbBuildMs", duckMs);
            out.put("duckDbMemoryBytes", trips.duckDbMemoryBytes());
            out.put("duckDbRssGrowthBytes", rssBytes() - rssBefore);
            System.out.printf("  DuckDB: built in %.0f ms, DuckDB's memory %.0f MiB, process RSS +%.0f MiB%n", duckMs,
                    trips.duckDbMemoryBytes() / 1048576.0, (rssBytes() - rssBefore) / 1048576.0);

            out.set("inMemory", operations(memory, memory::clearCache));
            out.set("duckDb", operations(duck, duck::clearCounts));
        }
        return out;
    }

    private ObjectNode operations(TableData data, Runnable clear) throws Exception {
        int cold = quick ? 5 : 21;
        ObjectNode out = Results.JSON.createObjectNode();
        RowQuery sort = new RowQuery(List.of(SortKey.descending("fare")), List.of(), "", 0, PAGE);
        RowQuery sort2 = new RowQuery(List.of(SortKey.ascending("borough"), SortKey.descending("distance")),
                List.of(), "", 0, PAGE);
        RowQuery filter = new RowQuery(List.of(), List.of(
                new ColumnFilter.OneOf("borough", Set.of("Brooklyn", "Queens")),
                new ColumnFilter.Between("distance", 2.0, 5.0)), "", 0, PAGE);
        RowQuery search = new RowQuery(List.of(), List.of(), "island", 0, PAGE);
        RowQuery filterSort = new RowQuery(List.of(SortKey.descending("fare")), filter.filters(), "", 0, PAGE);
        out.set("sort", measure("sort by fare, first page", data, clear, sort, cold, false));
        out.set("sort2", measure("sort by borough, distance", data, clear, sort2, cold, false));
        out.set("filter", measure("filter borough & distance", data, clear, filter, cold, false));
        out.set("search", measure("search 'island'", data, clear, search, cold, false));
        out.set("filterSort", measure("filter + sort by fare", data, clear, filterSort, cold, false));
        int pages = data instanceof SqlTableData ? (quick ? 10 : 30) : (quick ? 50 : 400);
        out.set("page", measure("page fetch, sorted by fare", data, clear, sort, pages, true));
        out.set("pageFiltered", measure("page fetch, filtered + sorted", data, clear, filterSort, pages, true));
        return out;
    }

    /** Times {@code query}: cold (caches cleared before each run) or warm at random pages. */
    private ObjectNode measure(String name, TableData data, Runnable clear, RowQuery query, int runs, boolean pages)
            throws Exception {
        long matching = data.query(query).matching();
        SplittableRandom random = new SplittableRandom(1);
        double[] ms = new double[runs];
        double[] cpuMs = new double[runs];
        var threads = ManagementFactory.getThreadMXBean();
        for (int i = -Math.min(3, runs); i < runs; i++) {
            RowQuery q = query;
            if (pages) {
                long offset = random.nextLong(Math.max(1, matching - PAGE));
                q = new RowQuery(query.sort(), query.filters(), query.search(), offset, PAGE);
            } else {
                clear.run();
            }
            long cpu0 = threads.getCurrentThreadCpuTime();
            long t0 = System.nanoTime();
            data.query(q);
            if (i >= 0) {
                ms[i] = (System.nanoTime() - t0) / 1e6;
                cpuMs[i] = (threads.getCurrentThreadCpuTime() - cpu0) / 1e6;
            }
        }
        double[] sorted = ms.clone();
        Arrays.sort(sorted);
        ObjectNode node = Results.JSON.createObjectNode();
        node.put("runs", runs);
        node.put("matching", matching);
        node.put("p50ms", percentile(sorted, 50));
        node.put("p99ms", percentile(sorted, 99));
        node.put("minms", sorted[0]);
        node.put("maxms", sorted[runs - 1]);
        Arrays.sort(cpuMs);
        // the caller's CPU time: the whole work in memory (one thread), only the JDBC side for DuckDB
        node.put("callerCpuP50ms", percentile(cpuMs, 50));
        System.out.printf("  %-32s %s: p50 %.1f ms, p99 %.1f ms (min %.1f, max %.1f, %d runs; caller CPU p50 %.1f ms)%n",
                name, data instanceof SqlTableData ? "DuckDB   " : "in memory", percentile(sorted, 50),
                percentile(sorted, 99), sorted[0], sorted[runs - 1], runs, percentile(cpuMs, 50));
        return node;
    }

    /** The nearest-rank percentile of sorted values. */
    private static double percentile(double[] sorted, double p) {
        int rank = (int) Math.ceil(p / 100 * sorted.length);
        return sorted[Math.max(0, rank - 1)];
    }

    private static long heapAfterGc() throws InterruptedException {
        var memory = ManagementFactory.getMemoryMXBean();
        for (int i = 0; i < 3; i++) {
            System.gc();
            Thread.sleep(100);
        }
        return memory.getHeapMemoryUsage().getUsed();
    }

    private static long rssBytes() throws java.io.IOException {
        for (String line : java.nio.file.Files.readAllLines(java.nio.file.Path.of("/proc/self/status"))) {
            if (line.startsWith("VmRSS:")) {
                return Long.parseLong(line.replaceAll("[^0-9]", "")) * 1024;
            }
        }
        return -1;
    }
}
