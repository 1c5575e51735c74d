package org.panel4j.examples.browser;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A headless Debian Chromium for the plot tests, driven by Selenium without Selenium Manager, with
 * readers for what the plot views expose: a data source's rows, a figure's draw counts, frame counts.
 * Set {@code CHROMIUM} / {@code CHROMEDRIVER} to use other binaries.
 */
public final class PlotBrowser implements AutoCloseable {

    private static final Duration WAIT = Duration.ofSeconds(20);

    private final ChromeDriver driver;

    /** Starts the browser with a {@code width}×{@code height} window. */
    public PlotBrowser(int width, int height) {
        var options = new ChromeOptions();
        options.setBinary(env("CHROMIUM", "/usr/bin/chromium"));
        options.addArguments("--headless=new", "--no-sandbox", "--disable-dev-shm-usage",
                "--window-size=" + width + "," + height, "--force-device-scale-factor=1");
        var service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File(env("CHROMEDRIVER", "/usr/bin/chromedriver")))
                .build();
        driver = new ChromeDriver(service, options);
        ConsoleErrors.install(driver);
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }

    /** Opens {@code url} and waits until the client is connected and has drawn its figures once. */
    public void open(String url) {
        driver.get(url);
        await(d -> "connected".equals(script("return window.panel4j && window.panel4j.state")));
        await(d -> Boolean.TRUE.equals(script("return [...window.panel4j.views.values()]"
                + ".filter(v => v.type === 'Figure').every(v => v.stats().draws > 0)")));
    }

    /** Runs {@code js} in the page (its arguments as {@code arguments[i]}) and returns its result. */
    public Object script(String js, Object... args) {
        return ((JavascriptExecutor) driver).executeScript(js, args);
    }

    /** Waits (up to 20 s) until {@code condition} holds. */
    public <T> T await(Function<WebDriver, T> condition) {
        return new WebDriverWait(driver, WAIT).until(condition);
    }

    /** Clicks the button whose text is {@code label}. */
    public void clickButton(String label) {
        driver.findElement(By.xpath("//button[normalize-space()='" + label + "']")).click();
    }

    /** The ids of the page's column data sources. */
    @SuppressWarnings("unchecked")
    public List<String> sourceIds() {
        return (List<String>) script("return [...window.panel4j.views.entries()]"
                + ".filter(([id, v]) => v.type === 'ColumnDataSource').map(([id]) => id)");
    }

    /** The client's copy of source {@code id}: {@code offset, version, length, columns}. */
    @SuppressWarnings("unchecked")
    public Map<String, Object> sourceData(String id) {
        return (Map<String, Object>) script("return window.panel4j.views.get(arguments[0]).data()", id);
    }

    /** The number of text and binary frames the page has received. */
    @SuppressWarnings("unchecked")
    public Map<String, Long> frames() {
        return (Map<String, Long>) script("return window.panel4j.frames");
    }

    /** Saves a PNG of the window to {@code file}. */
    public void screenshot(Path file) throws java.io.IOException {
        Files.write(file, driver.getScreenshotAs(OutputType.BYTES));
    }

    /** Quits the browser; throws when the page it showed last logged an error ({@link ConsoleErrors}). */
    @Override
    public void close() {
        List<String> errors;
        try {
            errors = ConsoleErrors.read(driver);
        } finally {
            driver.quit();
        }
        ConsoleErrors.assertNone(errors);
    }
}
