package org.panel4j.browser;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.function.BooleanSupplier;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.FluentWait;

/** Headless Debian Chromium for the in-page tests (this module's and convert's), with a throwaway profile; waits on page conditions. */
public final class PageDriver implements AutoCloseable {

    static final File CHROMIUM = new File("/usr/bin/chromium");
    static final File CHROMEDRIVER = new File("/usr/bin/chromedriver");
    private static final Duration WAIT = Duration.ofSeconds(30);

    private final ChromeDriver driver;
    private final Path profile;

    private PageDriver(ChromeDriver driver, Path profile) {
        this.driver = driver;
        this.profile = profile;
    }

    /** Whether this machine has Debian's chromium and chromedriver. */
    public static boolean available() {
        return CHROMIUM.canExecute() && CHROMEDRIVER.canExecute();
    }

    /** Starts Chromium. */
    public static PageDriver start() throws Exception {
        Path profile = Files.createTempDirectory("panel4j-chromium");
        var options = new ChromeOptions();
        options.setBinary(CHROMIUM);
        options.addArguments("--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--disable-gpu",
                "--no-first-run", "--disable-background-networking", "--disable-component-update",
                "--disable-sync", "--window-size=1100,760", "--user-data-dir=" + profile);
        return new PageDriver(new ChromeDriver(new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER)
                .usingAnyFreePort().build(), options), profile);
    }

    public ChromeDriver driver() {
        return driver;
    }

    /** Opens {@code url} and waits for the client to connect to the session in the page. */
    public void open(String url) {
        driver.get(url);
        await("the page to connect", "return !!window.panel4j && window.panel4j.state === 'connected'");
    }

    /** Runs {@code script} in the page. */
    public Object run(String script, Object... args) {
        return driver.executeScript(script, args);
    }

    /** Waits until {@code script} returns true. */
    public void await(String what, String script, Object... args) {
        new FluentWait<>(driver).withTimeout(WAIT).pollingEvery(Duration.ofMillis(20))
                .withMessage(() -> "waiting for " + what)
                .until(d -> Boolean.TRUE.equals(driver.executeScript(script, args)));
    }

    /** Waits until {@code condition}, checked in the test (e.g. on a test server), holds. */
    public void awaitHere(String what, BooleanSupplier condition) {
        new FluentWait<>(driver).withTimeout(WAIT).pollingEvery(Duration.ofMillis(20))
                .withMessage(() -> "waiting for " + what)
                .until(d -> condition.getAsBoolean());
    }

    @Override
    public void close() throws Exception {
        driver.quit();
        try (var files = Files.walk(profile)) {
            files.sorted(Comparator.reverseOrder()).map(Path::toFile).forEach(File::delete);
        }
    }
}
