package org.panel4j.bench.plot;

import java.util.Map;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.panel4j.App;
import org.panel4j.plot.ColumnDataSource;
import org.panel4j.plot.Figure;

/** An app of one Figure with a line from one source; each new session's source is handed to the driver. */
final class StreamingApp {

    private final LinkedBlockingQueue<ColumnDataSource> opened = new LinkedBlockingQueue<>();

    App app() {
        return session -> {
            var source = new ColumnDataSource(Map.of("x", new double[] {0}, "y", new double[] {0}));
            var figure = new Figure("Streaming").axisLabels("row", "value").size(900, 400);
            figure.line(source, "x", "y").width(1.5).legend("walk");
            opened.add(source);
            return figure;
        };
    }

    /** The source of the next session opened. */
    ColumnDataSource next() throws InterruptedException {
        ColumnDataSource source = opened.poll(30, TimeUnit.SECONDS);
        if (source == null) {
            throw new IllegalStateException("no session opened within 30 s");
        }
        return source;
    }

    /** Streams {@code chunk} rows at a time into {@code source} (at least once) for {@code nanos}; {@code perSecond} 0 for no limit. */
    static long produce(ColumnDataSource source, int chunk, int rollover, long perSecond, long nanos) {
        double[] x = new double[chunk];
        double[] y = new double[chunk];
        long rows = 0;
        double level = 0;
        long start = System.nanoTime();
        var random = new java.util.SplittableRandom(1);
        do {
            for (int i = 0; i < chunk; i++) {
                x[i] = rows + i + 1;
                level += random.nextDouble() - 0.5;
                y[i] = level;
            }
            source.stream(Map.of("x", x.clone(), "y", y.clone()), rollover);
            rows += chunk;
            if (perSecond > 0) {
                long due = start + rows * 1_000_000_000L / perSecond;
                long wait = due - System.nanoTime();
                if (wait > 0) {
                    java.util.concurrent.locks.LockSupport.parkNanos(wait);
                }
            }
        } while (System.nanoTime() - start < nanos);
        return rows;
    }
}
