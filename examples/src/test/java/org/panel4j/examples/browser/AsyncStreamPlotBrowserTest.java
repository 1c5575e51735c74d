package org.panel4j.examples.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.panel4j.examples.AsyncStream;
import org.panel4j.server.PanelServer;

/**
 * {@code /async_stream} in headless Chromium: clicks made while earlier ones still run each add five
 * points of the random walk, every point reaches the browser's copy of the data, and the rollover
 * keeps exactly the last rows. (A 100 ms task instead of 1 s, and a rollover of 30, keep it short.)
 */
class AsyncStreamPlotBrowserTest {

    private static final long SEED = 7;
    private static final int ROLLOVER = 30;

    private PanelServer server;
    private PlotBrowser browser;

    @BeforeEach
    void start() {
        server = PanelServer.create(c -> c.port(0).address("127.0.0.1")
                .app("/async_stream", AsyncStream.app(Duration.ofMillis(100), ROLLOVER, () -> new Random(SEED))))
                .start();
        browser = new PlotBrowser(1000, 760);
    }

    @AfterEach
    void stop() {
        if (browser != null) {
            browser.close();
        }
        server.stop();
    }

    @Test
    void clicksInFlight_streamEveryPoint_andTheRolloverKeepsTheLastRows() throws Exception {
        browser.open("http://127.0.0.1:" + server.port() + "/async_stream");
        String source = browser.sourceIds().getFirst();
        assertThat(browser.sourceData(source).get("length")).isEqualTo(1L);

        clickAndAwaitRows(source, 3, 16);                 // 1 + 3 × 5 rows: all held
        assertRows(browser.sourceData(source), 0, 16);

        clickAndAwaitRows(source, 5, ROLLOVER);           // 41 rows streamed: the last 30 held
        browser.await(d -> ((Number) browser.sourceData(source).get("offset")).longValue() == 41 - ROLLOVER);
        assertRows(browser.sourceData(source), 41 - ROLLOVER, 41);

        Map<?, ?> stats = (Map<?, ?>) browser.script(
                "return [...window.panel4j.views.values()].find(v => v.type === 'Figure').stats()");
        assertThat(((Number) stats.get("draws")).longValue()).isPositive();
        String dir = System.getProperty("panel4j.screenshots");
        if (dir != null) {
            browser.screenshot(Path.of(dir, "async_stream.png"));
        }
    }

    /** Clicks {@code clicks} times without waiting, then waits for every click's five points. */
    private void clickAndAwaitRows(String source, int clicks, int rows) {
        for (int i = 0; i < clicks; i++) {
            browser.clickButton("Click me!");
        }
        clicksSoFar += clicks;
        double lastX = 5.0 * clicksSoFar;
        browser.await(d -> {
            Map<String, Object> data = browser.sourceData(source);
            return ((Number) data.get("length")).intValue() == rows && lastX(data) == lastX;
        });
    }

    private int clicksSoFar;

    private static double lastX(Map<String, Object> data) {
        List<?> xs = (List<?>) ((Map<?, ?>) data.get("columns")).get("x");
        return ((Number) xs.getLast()).doubleValue();
    }

    /** The walk's rows with ordinals {@code from} (inclusive) to {@code to} (exclusive), as the app makes them. */
    private static void assertRows(Map<String, Object> data, int from, int to) {
        var random = new Random(SEED);
        List<Double> ys = new ArrayList<>(List.of(0.0));
        for (int i = 1; i < to; i++) {
            ys.add(ys.getLast() + random.nextGaussian());
        }
        Map<?, ?> columns = (Map<?, ?>) data.get("columns");
        assertThat(((Number) data.get("offset")).longValue()).isEqualTo(from);
        assertThat(toDoubles(columns.get("x"))).containsExactlyElementsOf(
                java.util.stream.IntStream.range(from, to).mapToObj(i -> (double) i).toList());
        assertThat(toDoubles(columns.get("y"))).containsExactlyElementsOf(ys.subList(from, to));
    }

    private static List<Double> toDoubles(Object values) {
        return ((List<?>) values).stream().map(v -> ((Number) v).doubleValue()).toList();
    }
}
