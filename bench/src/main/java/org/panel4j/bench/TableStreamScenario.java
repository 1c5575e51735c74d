package org.panel4j.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.File;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicLongArray;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Scenario 10, streaming into a local table: rows streamed at a set rate into the one log source that
 * every session of {@code /bench_log_table} shows in a local {@code Table} (rollover
 * {@value BenchTables#LOG_ROLLOVER}, following the newest row), with {@code n} WebSocket clients reading
 * and one headless Chromium page of the same app. Per run: the bytes the clients received per row they
 * received, the share of the streamed rows each received (a slow reader's rows that roll off before they
 * are sent are dropped, docs/concurrency.md), the server process's CPU time per 1,000 rows, the page's animation frames per second
 * (requestAnimationFrame counted in the page, from the stream's start to the page's first answer after
 * it) and how long after the stream's end the page showed the last row (its lag). Baselines in the
 * same run, alternated: the same stream into a Figure of the same source ({@code /bench_log_figure}),
 * and the table at a tenth of the rate.
 */
final class TableStreamScenario {

    /** A configuration: the app and the rows per second. */
    private record Setup(String name, String path, int rate) {}

    private static final String FIND_SOURCE = "const s = [...window.panel4j.views.values()]"
            + ".find(x => x.type === 'ColumnDataSource'); const r = s ? s.rows() : null;";

    /** How long the page may take to answer after the stream before it counts as not keeping up. */
    private static final Duration PAGE_ANSWER = Duration.ofSeconds(30);

    private final ServerProcess server;
    private final int chunk;
    private ChromeDriver driver;   // a new one after a page that did not answer

    TableStreamScenario(ServerProcess server, int chunk) {
        this.server = server;
        this.chunk = chunk;
    }

    ObjectNode run(int n, int rate, int seconds, int rounds) throws Exception {
        var setups = List.of(new Setup("table", "/bench_log_table", rate), new Setup("figure", "/bench_log_figure", rate),
                new Setup("tableTenthRate", "/bench_log_table", rate / 10));
        ObjectNode out = Results.JSON.createObjectNode();
        out.put("sessions", n);
        out.put("chromiumPages", 1);
        out.put("chunkRows", chunk);
        out.put("seconds", seconds);
        out.put("rollover", BenchTables.LOG_ROLLOVER);
        Map<String, List<ObjectNode>> runs = new LinkedHashMap<>();
        driver = chromium();
        try {
            for (int r = 0; r < rounds; r++) {
                for (Setup setup : setups) {
                    ObjectNode one = once(setup, n, seconds);
                    runs.computeIfAbsent(setup.name(), k -> new ArrayList<>()).add(one);
                }
            }
        } finally {
            driver.quit();
        }
        out.put("pageAnswerLimitSeconds", PAGE_ANSWER.toSeconds());
        for (var entry : runs.entrySet()) {
            ObjectNode node = out.putObject(entry.getKey());
            List<ObjectNode> list = entry.getValue();
            node.put("rowsPerSecond", list.getFirst().get("rowsPerSecond").asInt());
            for (String field : new String[] {"bytesPerRow", "deliveredShare", "serverCpuMsPer1000Rows", "pageFps", "pageCaughtUpSecondsAfterStream"}) {
                node.set(field, Results.median(list.stream().mapToDouble(o -> o.get(field).asDouble()).toArray()));
            }
            ArrayNode all = node.putArray("runs");
            list.forEach(all::add);
            System.out.printf("  %-15s %,6d rows/s: %.1f B per row received, %.0f %% of the rows received by each client,"
                            + " server CPU %.1f ms per 1,000 rows streamed,"
                            + " page %.1f fps, its last row shown %.1f s after the stream ended (NaN: not within %d s)%n", entry.getKey(),
                    node.get("rowsPerSecond").asInt(), median(node, "bytesPerRow"), 100 * median(node, "deliveredShare"),
                    median(node, "serverCpuMsPer1000Rows"),
                    median(node, "pageFps"), median(node, "pageCaughtUpSecondsAfterStream"), PAGE_ANSWER.toSeconds());
        }
        return out;
    }

    private static double median(ObjectNode node, String field) {
        return node.get(field).get("median").asDouble();
    }

    private ObjectNode once(Setup setup, int n, int seconds) throws Exception {
        driver.get("about:blank");
        server.awaitSessionsAtMost(0);
        try (Clients clients = Clients.open(server.port, setup.path(), n, 3)) {
            var delivered = new AtomicLongArray(n);
            for (int i = 0; i < n; i++) {
                int index = i;
                clients.all.get(i).onMessage(text -> delivered.addAndGet(index, rowsIn(text)));
            }
            var js = (JavascriptExecutor) driver;
            driver.get("http://127.0.0.1:" + server.port + setup.path());
            new WebDriverWait(driver, Duration.ofSeconds(60)).until(d -> Boolean.TRUE.equals(
                    js.executeScript(FIND_SOURCE + "return !!r && r.length > 0 && !!document.querySelector("
                            + "'.tabulator-row, canvas');")));
            js.executeScript("window.__frames = 0; const tick = () => { window.__frames++; requestAnimationFrame(tick); };"
                    + "requestAnimationFrame(tick);");
            Thread.sleep(500);
            long[] bytes0 = clients.all.stream().mapToLong(c -> c.bytesReceived.get()).toArray();
            for (int i = 0; i < n; i++) {
                delivered.set(i, 0);
            }
            JsonNode stats0 = server.stats(false);
            Map<?, ?> page0 = page(js);
            JsonNode streamed = Results.JSON.readTree(ServerProcess.get(server.port, "/bench/stream?rate=" + setup.rate()
                    + "&chunk=" + chunk + "&ms=" + seconds * 1000L));
            long streamEnd = System.nanoTime();
            long rows = streamed.get("rows").asLong();
            // a page whose main thread falls behind answers late: its messages are queued before the script
            ObjectNode node = Results.JSON.createObjectNode();
            Map<?, ?> page1 = pageWithin(js, streamEnd);
            if (page1 != null) {
                Map<?, ?> page2 = page1;
                while (page2 != null && number(page2, "rows") - number(page0, "rows") < rows) {
                    Thread.sleep(100);
                    page2 = pageWithin(js, streamEnd);
                }
                double pageSeconds = (number(page1, "t") - number(page0, "t")) / 1000;
                node.put("pageFps", (number(page1, "frames") - number(page0, "frames")) / pageSeconds);
                node.put("pageCaughtUpSecondsAfterStream", page2 == null ? Double.NaN : (System.nanoTime() - streamEnd) / 1e9);
            } else {
                node.put("pageFps", Double.NaN);
                node.put("pageCaughtUpSecondsAfterStream", Double.NaN);
            }
            awaitQuiet(clients);
            JsonNode stats1 = server.stats(false);
            node.put("rowsPerSecond", setup.rate());
            node.put("rowsStreamed", rows);
            long bytes = 0;
            long received = 0;
            int healthy = 0;
            for (int i = 0; i < n; i++) {
                LoadClient client = clients.all.get(i);
                if (!client.failed()) {   // see Clients.open: the JDK client now and then fails a valid frame
                    bytes += client.bytesReceived.get() - bytes0[i];
                    received += delivered.get(i);
                    healthy++;
                }
            }
            node.put("bytesPerRow", bytes / (double) received);
            node.put("deliveredShare", received / (double) healthy / rows);
            node.put("serverCpuMsPer1000Rows",
                    (stats1.get("cpuNanos").asLong() - stats0.get("cpuNanos").asLong()) / 1e6 / (rows / 1000.0));
            node.put("clientsFailed", clients.all.stream().filter(LoadClient::failed).count());
            node.put("load1", TableSessionsScenario.load());
            return node;
        } finally {
            driver.get("about:blank");
        }
    }

    /**
     * The page's rows, frames and clock, or null if it did not answer within {@link #PAGE_ANSWER} of
     * {@code since}; then its browser is replaced (a page that far behind would hold the next run up).
     */
    private Map<?, ?> pageWithin(JavascriptExecutor js, long since) throws Exception {
        var executor = Executors.newSingleThreadExecutor();
        try {
            Future<Map<?, ?>> answer = executor.submit(() -> page(js));
            long left = since + PAGE_ANSWER.toNanos() - System.nanoTime();
            return answer.get(Math.max(1, left), TimeUnit.NANOSECONDS);
        } catch (TimeoutException e) {
            System.out.println("  the page did not answer within " + PAGE_ANSWER.toSeconds() + " s of the stream's end;"
                    + " starting a new browser");
            Thread.ofVirtual().start(driver::quit);   // its pending request fails with it
            driver = chromium();
            return null;
        } finally {
            executor.shutdownNow();
        }
    }

    /** The log rows in a message: each row's message ends in {@code " 200"} (BenchTables). */
    private static int rowsIn(String text) {
        int rows = 0;
        for (int at = text.indexOf(" 200\""); at >= 0; at = text.indexOf(" 200\"", at + 5)) {
            rows++;
        }
        return rows;
    }

    private static Map<?, ?> page(JavascriptExecutor js) {
        return (Map<?, ?>) js.executeScript(FIND_SOURCE
                + "return {rows: r.offset + r.length, frames: window.__frames, t: performance.now()};");
    }

    private static double number(Map<?, ?> map, String key) {
        return ((Number) map.get(key)).doubleValue();
    }

    private static long received(Clients clients) {
        return clients.all.stream().mapToLong(c -> c.bytesReceived.get()).sum();
    }

    /** Waits until the clients have received nothing for 500 ms (at most 30 s). */
    private static void awaitQuiet(Clients clients) throws InterruptedException {
        long last = received(clients);
        long quietSince = System.nanoTime();
        long deadline = quietSince + 30_000_000_000L;
        while (System.nanoTime() - quietSince < 500_000_000L && System.nanoTime() < deadline) {
            Thread.sleep(50);
            long now = received(clients);
            if (now != last) {
                last = now;
                quietSince = System.nanoTime();
            }
        }
    }

    static ChromeDriver chromium() {
        var options = new ChromeOptions();
        options.setScriptTimeout(Duration.ofSeconds(180));
        options.setBinary("/usr/bin/chromium");
        options.addArguments("--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--window-size=1200,800");
        var service = new ChromeDriverService.Builder().usingDriverExecutable(new File("/usr/bin/chromedriver")).build();
        return new ChromeDriver(service, options);
    }
}
