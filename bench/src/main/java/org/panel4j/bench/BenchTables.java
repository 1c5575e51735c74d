package org.panel4j.bench;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;
import org.panel4j.App;
import org.panel4j.examples.table.TripsDataset;
import org.panel4j.layout.Column;
import org.panel4j.plot.ColumnDataSource;
import org.panel4j.plot.Figure;
import org.panel4j.table.ColumnKind;
import org.panel4j.table.HeaderFilter;
import org.panel4j.table.Table;
import org.panel4j.table.TableData;
import org.panel4j.widget.StaticText;

/**
 * The server side of the table scenarios (BENCHMARKS.md §10): the {@code /table} example's trips (rows
 * from {@code -Dbench.tableRows}, ten million by default) shared by every session, in memory and in
 * DuckDB, each built once when the driver asks ({@link #build}); and one log-like source shared by every
 * session of {@code /bench_log_table} and {@code /bench_log_figure}, which {@link #stream} feeds.
 */
final class BenchTables {

    /** The rows the shared log source keeps (the oldest roll off). */
    static final int LOG_ROLLOVER = 1_000;

    private static final String[] LEVELS = {"INFO", "INFO", "INFO", "INFO", "WARN", "ERROR", "DEBUG"};
    private static final String[] SERVICES = {"checkout", "search", "auth", "billing", "catalog"};

    private final TripsDataset trips = new TripsDataset(Integer.getInteger("bench.tableRows", TripsDataset.ROWS));
    private final CompletableFuture<TableData> inMemory = new CompletableFuture<>();
    private final CompletableFuture<TableData> duckDb = new CompletableFuture<>();
    private final ColumnDataSource log = new ColumnDataSource(logRows(LOG_ROLLOVER, 0, new SplittableRandom(1)));
    private final Map<String, Boolean> building = new ConcurrentHashMap<>();
    private final AtomicLong streamed = new AtomicLong(LOG_ROLLOVER);   // the next row's number in the messages

    /** A remote table of the trips in memory ({@code duck}: in DuckDB) under a line of text. */
    App trips(boolean duck) {
        return session -> new Column(new StaticText("Trips"), tripsTable((duck ? duckDb : inMemory).join()));
    }

    /** The same page as {@link #trips} without the table: the idle baseline of the per-session heap. */
    App tripsIdle() {
        return session -> new Column(new StaticText("Trips"), new StaticText("no table"));
    }

    /** A local table of the shared log source, following the newest row, as the {@code /table} example's live log. */
    App logTable() {
        return session -> {
            Table table = Table.of(log, Map.of("time", ColumnKind.DATETIME));
            table.setFollowNewest(true);
            table.setHeight(380);
            return table;
        };
    }

    /** A Figure of the same shared source (latency over time): the baseline, a view that already gets deltas. */
    App logFigure() {
        return session -> {
            var figure = new Figure("Latency").size(900, 380);
            figure.line(log, "time", "latency");
            return figure;
        };
    }

    /** Builds the trips in memory or in DuckDB on a thread of its own; answers "ready" once built, else "building". */
    String build(String store) {
        CompletableFuture<TableData> data = "duckdb".equals(store) ? duckDb : inMemory;
        if (!data.isDone() && building.putIfAbsent(store, true) == null) {
            Thread.ofPlatform().start(() -> {
                try {
                    data.complete("duckdb".equals(store) ? trips.duckDb() : trips.inMemory());
                } catch (RuntimeException e) {
                    data.completeExceptionally(e);
                }
            });
        }
        return data.isCompletedExceptionally() ? "failed" : data.isDone() ? "ready" : "building";
    }

    /**
     * Streams {@code perSecond} rows a second into the shared log, {@code chunk} rows at a time, for
     * {@code millis}; returns the rows streamed.
     */
    long stream(int perSecond, int chunk, long millis) {
        var random = new SplittableRandom(System.nanoTime());
        long start = System.nanoTime();
        long rows = 0;
        while (System.nanoTime() - start < millis * 1_000_000L) {
            long first = streamed.getAndAdd(chunk);
            log.stream(logRows(chunk, first, random), LOG_ROLLOVER);
            rows += chunk;
            long wait = start + rows * 1_000_000_000L / perSecond - System.nanoTime();
            if (wait > 0) {
                LockSupport.parkNanos(wait);
            }
        }
        return rows;
    }

    static Table tripsTable(TableData data) {
        return Table.of(data)
                .column("id", c -> c.title("Trip").headerFilter(HeaderFilter.NONE))
                .column("borough", c -> c.filterOptions(List.of(
                        "Manhattan", "Brooklyn", "Queens", "Bronx", "Staten Island", "EWR", "Unknown")));
    }

    /** {@code n} log entries like the {@code /table} example's: time, level, service, message, latency. */
    private static Map<String, Object> logRows(int n, long first, SplittableRandom random) {
        var time = new long[n];
        var level = new String[n];
        var service = new String[n];
        var message = new String[n];
        var latency = new double[n];
        long now = System.currentTimeMillis();
        for (int i = 0; i < n; i++) {
            time[i] = now + i;
            level[i] = LEVELS[random.nextInt(LEVELS.length)];
            service[i] = SERVICES[random.nextInt(SERVICES.length)];
            latency[i] = Math.round(Math.exp(3.5 + random.nextDouble() * 1.8) * 10) / 10.0;
            message[i] = "GET /" + service[i] + "/" + (first + i) % 1000 + " 200";
        }
        var rows = new LinkedHashMap<String, Object>();
        rows.put("time", time);
        rows.put("level", level);
        rows.put("service", service);
        rows.put("message", message);
        rows.put("latency", latency);
        return rows;
    }
}
