package org.panel4j.bench;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Scenario 10 in Chromium: on a remote table of the trips (in memory: {@code /bench_trips}; in DuckDB:
 * {@code /bench_trips_duck}), the time from a click on a column header to the frame that paints the new
 * first row, measured in the page: {@code performance.now()} in a capturing click listener, then a
 * MutationObserver sees the first row's text change and the next requestAnimationFrame callback ends the
 * clock. The clicks go round three columns, ascending then descending: the first round's six clicks are
 * the cold ones (in memory each computes a sort order, then cached), the later rounds warm.
 */
final class TableSortBrowserScenario {

    private static final List<String> COLUMNS = List.of("fare", "distance", "pickup");
    private static final String INSTRUMENT = """
            const first = () => document.querySelector('.p4j-table .tabulator-row')?.textContent ?? '';
            window.__sort = {t0: 0, before: '', results: []};
            document.addEventListener('click', (e) => {
              if (e.target.closest('.tabulator-col')) { window.__sort.t0 = performance.now(); window.__sort.before = first(); }
            }, true);
            new MutationObserver(() => {
              const s = window.__sort;
              const now = first();
              if (s.t0 && now !== '' && now !== s.before) {
                const t0 = s.t0;
                s.t0 = 0;
                requestAnimationFrame(() => s.results.push(performance.now() - t0));
              }
            }).observe(document.querySelector('.p4j-table'), {subtree: true, childList: true, characterData: true});
            """;

    private final ServerProcess server;

    TableSortBrowserScenario(ServerProcess server) {
        this.server = server;
    }

    ObjectNode run(int rounds) throws Exception {
        ObjectNode out = Results.JSON.createObjectNode();
        ChromeDriver driver = TableStreamScenario.chromium();
        try {
            for (String store : new String[] {"memory", "duckdb"}) {
                long t0 = System.nanoTime();
                TableSessionsScenario.awaitBuilt(server, store);
                System.out.printf("  trips %s built in %.0f s%n", store, (System.nanoTime() - t0) / 1e9);
                out.set(store, clicks(driver, store.equals("duckdb") ? "/bench_trips_duck" : "/bench_trips", store, rounds));
            }
        } finally {
            driver.quit();
        }
        return out;
    }

    private ObjectNode clicks(ChromeDriver driver, String path, String store, int rounds) throws Exception {
        var js = (JavascriptExecutor) driver;
        driver.get("http://127.0.0.1:" + server.port + path);
        var wait = new WebDriverWait(driver, Duration.ofSeconds(120));
        wait.until(d -> Boolean.TRUE.equals(js.executeScript("return !!document.querySelector('.p4j-table .tabulator-row');")));
        js.executeScript(INSTRUMENT);
        int clicks = rounds * COLUMNS.size() * 2;
        double[] ms = new double[clicks];
        double[] load = new double[clicks];
        for (int k = 0; k < clicks; k++) {
            String column = COLUMNS.get(k / 2 % COLUMNS.size());
            driver.findElement(By.cssSelector(".tabulator-col[tabulator-field='" + column + "'] .tabulator-col-title")).click();
            int expected = k + 1;
            wait.until(d -> ((Number) js.executeScript("return window.__sort.results.length;")).intValue() >= expected);
            load[k] = TableSessionsScenario.load();
            Thread.sleep(200);
        }
        List<?> results = (List<?>) js.executeScript("return window.__sort.results;");
        for (int k = 0; k < clicks; k++) {
            ms[k] = ((Number) results.get(k)).doubleValue();
        }
        int coldClicks = COLUMNS.size() * 2;
        double[] cold = Arrays.copyOfRange(ms, 0, coldClicks);
        double[] warm = Arrays.copyOfRange(ms, coldClicks, clicks);
        ObjectNode node = Results.JSON.createObjectNode();
        node.set("coldMs", Results.median(cold));
        if (warm.length > 0) {
            double[] sorted = warm.clone();
            Arrays.sort(sorted);
            node.set("warmMs", Results.median(warm));
            node.put("warmP99Ms", sorted[Math.max(0, (int) Math.ceil(0.99 * sorted.length) - 1)]);
        }
        ArrayNode loads = node.putArray("load1");
        Arrays.stream(load).forEach(loads::add);
        System.out.printf("  %s: header click -> new first row painted: first round (cold) median %.0f ms (%.0f–%.0f),"
                        + " later rounds median %.0f ms, p99 %.0f ms (%d clicks; load %.1f–%.1f)%n", store,
                node.get("coldMs").get("median").asDouble(), node.get("coldMs").get("min").asDouble(),
                node.get("coldMs").get("max").asDouble(),
                warm.length > 0 ? node.get("warmMs").get("median").asDouble() : Double.NaN,
                warm.length > 0 ? node.get("warmP99Ms").asDouble() : Double.NaN, warm.length,
                Arrays.stream(load).min().orElse(0), Arrays.stream(load).max().orElse(0));
        return node;
    }
}
