package org.panel4j.bench;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.File;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Scenario 2 in Chromium: on {@code /async_click}, the time from the click event to the DOM showing
 * 'Running N', measured inside the page: {@code performance.now()} in a capturing click listener,
 * and again in a MutationObserver callback once the text is there.
 */
final class BrowserScenario {

    private static final String INSTRUMENT = """
            window.__p4j = {t0: 0, results: []};
            document.addEventListener('click', () => { window.__p4j.t0 = performance.now(); }, true);
            new MutationObserver(() => {
              const p = window.__p4j;
              if (p.t0 && new RegExp('Running ' + p.expect + '(?!\\\\d)').test(document.body.textContent)) {
                p.results.push(performance.now() - p.t0);
                p.t0 = 0;
              }
            }).observe(document.body, {subtree: true, childList: true, characterData: true});
            """;

    ObjectNode run(int port, int clicks) {
        var options = new ChromeOptions();
        options.setBinary("/usr/bin/chromium");
        options.addArguments("--headless=new", "--no-sandbox", "--disable-dev-shm-usage");
        var service = new ChromeDriverService.Builder().usingDriverExecutable(new File("/usr/bin/chromedriver")).build();
        ChromeDriver driver = new ChromeDriver(service, options);
        try {
            driver.get("http://127.0.0.1:" + port + "/async_click");
            var wait = new WebDriverWait(driver, Duration.ofSeconds(10));
            WebElement button = wait.until(ExpectedConditions.elementToBeClickable(
                    By.xpath("//button[contains(., 'Click me')]")));
            var js = (JavascriptExecutor) driver;
            js.executeScript(INSTRUMENT);
            int warmup = 5;
            List<Double> samples = new ArrayList<>();
            for (int k = 1; k <= clicks + warmup; k++) {
                js.executeScript("window.__p4j.expect = arguments[0];", k);
                button.click();
                int expected = k;
                wait.until(d -> ((Number) js.executeScript("return window.__p4j.results.length;")).intValue() >= expected);
                Thread.sleep(50);
            }
            @SuppressWarnings("unchecked")
            List<Number> results = (List<Number>) js.executeScript("return window.__p4j.results;");
            for (int i = warmup; i < results.size(); i++) {
                samples.add(results.get(i).doubleValue());
            }
            double[] values = samples.stream().mapToDouble(Double::doubleValue).toArray();
            ObjectNode node = Results.JSON.createObjectNode();
            node.put("clicks", values.length);
            node.set("clickToTextMs", Results.median(values));
            System.out.printf("  Chromium click -> 'Running N' in the DOM: median %.1f ms (min %.1f, max %.1f)%n",
                    node.get("clickToTextMs").get("median").asDouble(), node.get("clickToTextMs").get("min").asDouble(),
                    node.get("clickToTextMs").get("max").asDouble());
            return node;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } finally {
            driver.quit();
        }
    }
}
