package org.panel4j.bench;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.File;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Scenario 12 of BENCHMARKS.md (issue 18, browser side): {@code /bench_many} ({@link ManyComponentsApp},
 * 1,000 widgets) in headless Chromium, timed inside the page. Render: from the init message's arrival
 * to the moment the whole tree is in the DOM (the view modules it needs loaded), then with a forced
 * layout; alternately with the browser's cache and without it (every file fetched, as on a first visit). Patch: from the arrival of the
 * patch that sets 100 texts to the moment they are in the DOM, then with a forced layout. A script
 * added before the client loads notes each message's arrival (a listener registered before the
 * client's own) and a MutationObserver notes the time the DOM changed (it runs right after the
 * client's handler returns).
 */
final class ManyComponentsScenario {

    private static final String INSTRUMENT = """
            window.__p4jm = {arrived: 0, expect: 'text %d', done: []};
            {
              const Native = window.WebSocket;
              window.WebSocket = class extends Native {
                constructor(...args) {
                  super(...args);
                  this.addEventListener('message', () => { window.__p4jm.arrived = performance.now(); });
                }
              };
              const check = () => {
                const m = window.__p4jm;
                const changed = performance.now();
                if (!m.expect || !m.arrived) return;
                if (!document.body || !document.body.textContent.includes(m.expect)) return;
                const before = performance.now();
                void document.body.offsetHeight;   // style and layout now, as the next frame would
                const laidOut = performance.now();
                m.done.push({applied: changed - m.arrived, layout: laidOut - before, sinceNavigation: changed});
                m.expect = null;
              };
              new MutationObserver(check).observe(document, {subtree: true, childList: true, characterData: true});
            }
            """.formatted(ManyComponentsApp.ROWS - 1);

    ObjectNode run(int port, int renders, int patches) {
        var options = new ChromeOptions();
        options.setBinary("/usr/bin/chromium");
        options.addArguments("--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--window-size=1280,900");
        var service = new ChromeDriverService.Builder().usingDriverExecutable(new File("/usr/bin/chromedriver")).build();
        ChromeDriver driver = new ChromeDriver(service, options);
        try {
            driver.executeCdpCommand("Page.addScriptToEvaluateOnNewDocument", Map.of("source", INSTRUMENT));
            var wait = new WebDriverWait(driver, Duration.ofSeconds(30));
            driver.executeCdpCommand("Network.enable", Map.of());
            ObjectNode node = Results.JSON.createObjectNode();
            node.put("widgets", ManyComponentsApp.ROWS * 5);
            // alternated: the browser's cache on (a page opened again) and off (every file fetched, as on a first visit)
            double[][] render = new double[2][renders];
            double[][] renderLayout = new double[2][renders];
            for (int i = -1; i < renders; i++) {   // the first round warms the server and the browser up
                for (int cached = 0; cached < 2; cached++) {
                    driver.executeCdpCommand("Network.setCacheDisabled", Map.of("cacheDisabled", cached == 0));
                    driver.get("about:blank");
                    driver.get("http://127.0.0.1:" + port + "/bench_many");   // the page expects the last text at first
                    Map<String, Number> done = awaitDone(driver, wait, 1);
                    if (i >= 0) {
                        render[cached][i] = done.get("applied").doubleValue();
                        renderLayout[cached][i] = render[cached][i] + done.get("layout").doubleValue();
                    }
                }
            }
            node.set("renderMs", Results.median(render[1]));
            node.set("renderWithLayoutMs", Results.median(renderLayout[1]));
            node.set("renderNoCacheMs", Results.median(render[0]));
            node.set("renderNoCacheWithLayoutMs", Results.median(renderLayout[0]));
            double[] patch = new double[patches];
            double[] patchLayout = new double[patches];
            var button = driver.findElement(By.xpath("//button[normalize-space()='Update 100']"));
            for (int i = -5; i < patches; i++) {   // five rounds warm the client's code up
                int round = i + 6;
                int seen = ((Number) driver.executeScript("return window.__p4jm.done.length")).intValue();
                driver.executeScript("window.__p4jm.expect = arguments[0];", "u" + round + "-" + (ManyComponentsApp.UPDATED - 1));
                button.click();
                Map<String, Number> done = awaitDone(driver, wait, seen + 1);
                if (i >= 0) {
                    patch[i] = done.get("applied").doubleValue();
                    patchLayout[i] = patch[i] + done.get("layout").doubleValue();
                }
            }
            node.set("patch100Ms", Results.median(patch));
            node.set("patch100WithLayoutMs", Results.median(patchLayout));
            System.out.printf("  1,000 widgets: render %.1f ms (with layout %.1f; without the browser's cache %.1f and %.1f);"
                    + " patch of 100: %.2f ms (with layout %.2f), medians%n",
                    median(node, "renderMs"), median(node, "renderWithLayoutMs"), median(node, "renderNoCacheMs"),
                    median(node, "renderNoCacheWithLayoutMs"), median(node, "patch100Ms"), median(node, "patch100WithLayoutMs"));
            return node;
        } finally {
            driver.quit();
        }
    }

    private static double median(ObjectNode node, String field) {
        return node.get(field).get("median").asDouble();
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Number> awaitDone(ChromeDriver driver, WebDriverWait wait, int count) {
        wait.until(d -> ((Number) driver.executeScript("return window.__p4jm.done.length")).intValue() >= count);
        List<Map<String, Number>> done = (List<Map<String, Number>>) driver.executeScript("return window.__p4jm.done");
        return done.get(count - 1);
    }
}
