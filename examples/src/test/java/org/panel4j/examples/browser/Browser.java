package org.panel4j.examples.browser;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.FluentWait;
import org.panel4j.testkit.TempDirs;

/**
 * One headless Debian Chromium driven by Selenium, for one test class (starting one costs about a
 * second). The test is skipped, not failed, when {@code chromium} or {@code chromedriver} is missing.
 * Selenium Manager never runs: the driver executable is given.
 */
final class Browser implements AutoCloseable {

    static final Duration WAIT = Duration.ofSeconds(15);
    private static final File CHROMIUM = new File("/usr/bin/chromium");
    private static final File CHROMEDRIVER = new File("/usr/bin/chromedriver");

    private final ChromeDriver driver;
    private final Path profile;

    private Browser(ChromeDriver driver, Path profile) {
        this.driver = driver;
        this.profile = profile;
    }

    /** Starts a browser, or skips the calling test class when Chromium is not installed. */
    static Browser start() {
        assumeTrue(CHROMIUM.canExecute() && CHROMEDRIVER.canExecute(),
                "browser tests skipped: " + CHROMIUM + " and " + CHROMEDRIVER
                        + " are needed (apt-get install chromium chromium-driver)");
        try {
            Path profile = Files.createTempDirectory("panel4j-chromium");
            var options = new ChromeOptions();
            options.setBinary(CHROMIUM);
            options.addArguments("--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--disable-gpu",
                    "--no-first-run", "--disable-background-networking", "--disable-component-update",
                    "--disable-sync", "--window-size=1100,760", "--user-data-dir=" + profile);
            var service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER)
                    .usingAnyFreePort().build();
            var driver = new ChromeDriver(service, options);
            ConsoleErrors.install(driver);
            return new Browser(driver, profile);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    WebDriver driver() {
        return driver;
    }

    /** Opens {@code url} in the current window and waits until its page is connected. */
    void open(String url) {
        driver.get(url);
        await("the page to connect", d -> Boolean.TRUE.equals(
                js("return !!window.panel4j && window.panel4j.state === 'connected'")));
    }

    /** Runs {@code script} at the start of every document opened from now on, before any page script. */
    void onNewDocument(String script) {
        driver.executeCdpCommand("Page.addScriptToEvaluateOnNewDocument", Map.of("source", script));
    }

    /** Makes the page's clock read in {@code zone} (an IANA id; empty: the machine's zone again), through CDP. */
    void timeZone(String zone) {
        driver.executeCdpCommand("Emulation.setTimezoneOverride", Map.of("timezoneId", zone));
    }

    /** Saves downloads to {@code folder} without asking (Chromium's download behaviour, through CDP). */
    void downloadTo(Path folder) {
        driver.executeCdpCommand("Browser.setDownloadBehavior", Map.of("behavior", "allow", "downloadPath",
                folder.toAbsolutePath().toString()));
    }

    /** The errors the current page logged so far ({@link ConsoleErrors}). */
    List<String> pageErrors() {
        return ConsoleErrors.read(driver);
    }

    /** Forgets the errors the current page logged (a test that expected them). */
    void clearPageErrors() {
        js("window.__p4jErrors.length = 0");
    }

    /** Throws when the current page logged an error ({@link ConsoleErrors}). */
    void assertNoPageErrors() {
        ConsoleErrors.assertNone(driver);
    }

    /** Runs {@code script} in the page (arguments as {@code arguments[i]}) and returns its result. */
    Object js(String script, Object... args) {
        return ((JavascriptExecutor) driver).executeScript(script, args);
    }

    /** Waits (polling every 20 ms, at most {@link #WAIT}) until {@code condition} is truthy, and returns it. */
    <T> T await(String what, Function<WebDriver, T> condition) {
        return new FluentWait<WebDriver>(driver).withTimeout(WAIT).pollingEvery(Duration.ofMillis(20))
                .withMessage("waiting for " + what).until(condition);
    }

    /** As {@link #await(String, Function)}, waiting at most {@code timeout} (work known to be slow). */
    <T> T await(String what, Duration timeout, Function<WebDriver, T> condition) {
        return new FluentWait<WebDriver>(driver).withTimeout(timeout).pollingEvery(Duration.ofMillis(50))
                .withMessage("waiting for " + what).until(condition);
    }

    /** The button whose visible name is {@code name}. */
    WebElement button(String name) {
        return driver.findElement(By.xpath("//button[normalize-space()='" + name + "']"));
    }

    /** The milliseconds since the page loaded, by the page's clock ({@code performance.now()}). */
    double now() {
        return ((Number) js("return performance.now()")).doubleValue();
    }

    /**
     * Records, in the page, every text change of the element {@code selector} finds under a key, and
     * every click of a button, with {@code performance.now()} stamps; read them with {@link #recorded}.
     */
    void record(String key, String selector) {
        js("""
                const log = (window.__p4jLog ??= {});
                const entries = (log[arguments[0]] = []);
                const target = document.querySelector(arguments[1]);
                const note = () => {
                  const text = target.textContent;
                  if (entries.length === 0 || entries[entries.length - 1].text !== text)
                    entries.push({ at: performance.now(), text });
                };
                note();
                new MutationObserver(note).observe(target, { childList: true, subtree: true, characterData: true });
                if (!window.__p4jClicks) {
                  window.__p4jClicks = [];
                  document.addEventListener('click', (e) => {
                    const b = e.target.closest('button');
                    if (b) window.__p4jClicks.push({ at: performance.now(), text: b.textContent.trim() });
                  }, true);
                }
                """, key, selector);
    }

    /** What {@link #record} noted under {@code key}, oldest first; key {@code clicks} gives the clicks. */
    List<Stamped> recorded(String key) {
        Object raw = js("return arguments[0] === 'clicks' ? window.__p4jClicks : window.__p4jLog[arguments[0]]", key);
        var out = new ArrayList<Stamped>();
        for (Object item : (List<?>) raw) {
            var entry = (Map<?, ?>) item;
            out.add(new Stamped(((Number) entry.get("at")).doubleValue(), (String) entry.get("text")));
        }
        return out;
    }

    /** Saves what the window shows to {@code target/screenshots/{name}.png} and returns the file. */
    Path screenshot(String name) {
        try {
            Path dir = Files.createDirectories(Path.of("target", "screenshots"));
            Path file = dir.resolve(name + ".png");
            Files.copy(driver.getScreenshotAs(OutputType.FILE).toPath(), file, StandardCopyOption.REPLACE_EXISTING);
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        try {
            driver.quit();
        } finally {
            TempDirs.deleteQuietly(profile);
        }
    }

    /** A text seen at a page time in milliseconds. */
    record Stamped(double at, String text) {}
}
