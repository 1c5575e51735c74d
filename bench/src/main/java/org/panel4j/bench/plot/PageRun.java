package org.panel4j.bench.plot;

import java.io.File;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.panel4j.plot.ColumnDataSource;

/**
 * Streams into a live headless Chromium page at several rates with a 100,000-point rolling window,
 * counting the page's animation frames (requestAnimationFrame) and the rows it received.
 */
final class PageRun {

    private static final long[] RATES = {100_000, 1_000_000, 0};
    private static final long SECONDS = 5;

    private PageRun() {}

    static void all(StreamingApp app, String base, int runs) throws Exception {
        var options = new ChromeOptions();
        options.setBinary("/usr/bin/chromium");
        options.addArguments("--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--window-size=1000,600");
        var service = new ChromeDriverService.Builder().usingDriverExecutable(new File("/usr/bin/chromedriver")).build();
        ChromeDriver driver = new ChromeDriver(service, options);
        try {
            for (long rate : RATES) {
                List<Double> fps = new ArrayList<>();
                List<Double> delivered = new ArrayList<>();
                for (int run = 0; run < runs; run++) {
                    double[] result = once(driver, app, base, rate);
                    fps.add(result[0]);
                    delivered.add(result[1]);
                    System.out.printf("page rate %s run %d: %.1f fps, %,.0f points/s received, %,.0f draws%n",
                            rate == 0 ? "max" : String.format("%,d", rate), run, result[0], result[1], result[2]);
                }
                System.out.printf("page rate %s median: %.1f fps, %,.0f points/s%n",
                        rate == 0 ? "max" : String.format("%,d", rate), PlotStreamBench.median(fps),
                        PlotStreamBench.median(delivered));
            }
        } finally {
            driver.quit();
        }
    }

    /** One run: {fps, points/s received, draws}. */
    private static double[] once(ChromeDriver driver, StreamingApp app, String base, long rate) throws Exception {
        var js = (JavascriptExecutor) driver;
        driver.get(base + "/plot");
        ColumnDataSource source = app.next();
        StreamingApp.produce(source, 10_000, PlotStreamBench.WINDOW, 0, 1);      // one chunk...
        while (source.length() < PlotStreamBench.WINDOW) {                     // ...then fill the window
            StreamingApp.produce(source, 10_000, PlotStreamBench.WINDOW, 0, 1);
        }
        String find = "const v = [...window.panel4j.views.values()];"
                + "const s = v.find(x => x.type === 'ColumnDataSource'); const f = v.find(x => x.type === 'Figure');";
        while (!Boolean.TRUE.equals(js.executeScript(find + "return !!s && s.rows().length >= arguments[0];",
                PlotStreamBench.WINDOW))) {
            Thread.sleep(50);
        }
        js.executeScript("window.__frames = 0; const tick = () => { window.__frames++; requestAnimationFrame(tick); };"
                + "requestAnimationFrame(tick);");
        @SuppressWarnings("unchecked")
        var before = (Map<String, Number>) js.executeScript(find
                + "return {rows: s.rows().offset + s.rows().length, frames: window.__frames, draws: f.stats().draws,"
                + " t: performance.now()};");
        StreamingApp.produce(source, PlotStreamBench.CHUNK, PlotStreamBench.WINDOW, rate, SECONDS * 1_000_000_000L);
        @SuppressWarnings("unchecked")
        var after = (Map<String, Number>) js.executeScript(find
                + "return {rows: s.rows().offset + s.rows().length, frames: window.__frames, draws: f.stats().draws,"
                + " t: performance.now()};");
        double seconds = (after.get("t").doubleValue() - before.get("t").doubleValue()) / 1000;
        return new double[] {
            (after.get("frames").doubleValue() - before.get("frames").doubleValue()) / seconds,
            (after.get("rows").doubleValue() - before.get("rows").doubleValue()) / seconds,
            after.get("draws").doubleValue() - before.get("draws").doubleValue()};
    }
}
