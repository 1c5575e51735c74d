package org.panel4j.examples.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.panel4j.App;
import org.panel4j.layout.Row;
import org.panel4j.plot.AxisType;
import org.panel4j.plot.ColumnDataSource;
import org.panel4j.plot.Figure;
import org.panel4j.server.PanelServer;
import org.panel4j.widget.Button;

/**
 * Streams and patches above the binary threshold (1,024 values) reach Chromium intact through binary
 * frames, mixed with small ones in JSON, with the rollover applied on the client as on the server.
 */
class BinaryFramePlotBrowserTest {

    private static final int ROLLOVER = 3000;
    private static final long EPOCH = 1_764_000_000_123L;

    private static double y(long ordinal) {
        return Math.sin(ordinal * 0.01) * 1000 + ordinal / 7.0;
    }

    private static App app() {
        return session -> {
            var source = new ColumnDataSource(Map.of("x", new double[] {0}, "y", new double[] {y(0)},
                    "t", new long[] {EPOCH}));
            var figure = new Figure("Binary").size(600, 300);
            figure.setXAxisType(AxisType.DATETIME);
            figure.line(source, "t", "y");
            var step = new AtomicInteger();
            var button = new Button("Next");
            button.onClick(event -> {
                switch (step.incrementAndGet()) {
                    case 1 -> source.stream(rows(1, 5000), ROLLOVER);          // binary: 5,000 values per column
                    case 2 -> source.patch("y", IntStream.range(0, 2000).toArray(),
                            IntStream.range(0, 2000).mapToDouble(i -> -y(2001 + i)).toArray()); // binary patch
                    default -> source.stream(rows(5001, 10), ROLLOVER);          // JSON: 10 values per column
                }
            });
            return new Row(button, figure);
        };
    }

    private static Map<String, Object> rows(long from, int count) {
        double[] x = new double[count];
        double[] y = new double[count];
        long[] t = new long[count];
        for (int i = 0; i < count; i++) {
            x[i] = from + i;
            y[i] = y(from + i);
            t[i] = EPOCH + (from + i) * 1000;
        }
        return Map.of("x", x, "y", y, "t", t);
    }

    @Test
    void largeStreamsAndPatches_arriveIntactInBinaryFrames() {
        PanelServer server = PanelServer.create(c -> c.port(0).address("127.0.0.1").app("/binary", app())).start();
        try (var browser = new PlotBrowser(900, 600)) {
            browser.open("http://127.0.0.1:" + server.port() + "/binary");
            String source = browser.sourceIds().getFirst();
            long binaryBefore = browser.frames().get("binary");

            browser.clickButton("Next");
            browser.await(d -> ((Number) browser.sourceData(source).get("offset")).longValue() == 2001);
            assertThat(browser.frames().get("binary")).isGreaterThan(binaryBefore);
            assertHolds(browser.sourceData(source), 2001, 5001, 0);

            browser.clickButton("Next");
            browser.await(d -> ((Number) column(browser.sourceData(source), "y").getFirst()).doubleValue() == -y(2001));
            assertHolds(browser.sourceData(source), 2001, 5001, 2000);

            browser.clickButton("Next");
            browser.await(d -> ((Number) browser.sourceData(source).get("offset")).longValue() == 2011);
            assertHolds(browser.sourceData(source), 2011, 5011, 1990);
        } finally {
            server.stop();
        }
    }

    /** Rows {@code from..to-1}, the first {@code negated} of them with y patched to -y. */
    private static void assertHolds(Map<String, Object> data, long from, long to, int negated) {
        assertThat(((Number) data.get("length")).longValue()).isEqualTo(to - from);
        List<Double> x = doubles(column(data, "x"));
        List<Double> y = doubles(column(data, "y"));
        List<Double> t = doubles(column(data, "t"));
        for (int i = 0; i < to - from; i++) {
            long ordinal = from + i;
            assertThat(x.get(i)).as("x of row %d", ordinal).isEqualTo((double) ordinal);
            assertThat(y.get(i)).as("y of row %d", ordinal).isEqualTo(i < negated ? -y(ordinal) : y(ordinal));
            assertThat(t.get(i)).as("t of row %d", ordinal).isEqualTo((double) (EPOCH + ordinal * 1000));
        }
    }

    private static List<?> column(Map<String, Object> data, String name) {
        return (List<?>) ((Map<?, ?>) data.get("columns")).get(name);
    }

    private static List<Double> doubles(List<?> values) {
        return values.stream().map(v -> ((Number) v).doubleValue()).toList();
    }
}
