package org.panel4j.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.FluentWait;

/**
 * The seed's async click compiled to JavaScript and to WebAssembly GC, with no server behind the page:
 * the unchanged client talks to the session in the page through the in-page socket (docs/browser.md).
 * Three quick clicks run side by side: each says 'Running N' at once and 'Finished N' two seconds after
 * its click. Skipped without Debian's chromium and chromedriver.
 */
class AsyncClickInPageTest {

    private static final File CHROMIUM = new File("/usr/bin/chromium");
    private static final File CHROMEDRIVER = new File("/usr/bin/chromedriver");
    private static final Duration WAIT = Duration.ofSeconds(30);
    private static final String TEXT = ".p4j-StaticText .p4j-static-text-value";

    private static StaticSite site;
    private static ChromeDriver driver;
    private static Path profile;

    @BeforeAll
    static void start() throws Exception {
        assumeTrue(CHROMIUM.canExecute() && CHROMEDRIVER.canExecute(),
                "browser tests skipped: " + CHROMIUM + " and " + CHROMEDRIVER + " are needed");
        Path root = Path.of("target", "site");
        assertThat(root.resolve("async_click/app.js")).as("the compiled app (mvn package builds it)").exists();
        assertThat(root.resolve("async_click_wasm/app.wasm")).as("the compiled app (mvn package builds it)").exists();
        site = StaticSite.serve(root);
        profile = Files.createTempDirectory("panel4j-chromium");
        var options = new ChromeOptions();
        options.setBinary(CHROMIUM);
        options.addArguments("--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--disable-gpu",
                "--no-first-run", "--disable-background-networking", "--disable-component-update",
                "--disable-sync", "--window-size=1100,760", "--user-data-dir=" + profile);
        driver = new ChromeDriver(new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER)
                .usingAnyFreePort().build(), options);
    }

    @AfterAll
    static void stop() throws Exception {
        if (driver != null) {
            driver.quit();
        }
        if (site != null) {
            site.close();
        }
        if (profile != null) {
            try (var files = Files.walk(profile)) {
                files.sorted(java.util.Comparator.reverseOrder()).map(Path::toFile).forEach(File::delete);
            }
        }
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"async_click", "async_click_wasm"})
    void threeQuickClicks_runSideBySide_inThePage(String page) {
        driver.get(site.url("/" + page + "/"));
        await("the page to connect", "return !!window.panel4j && window.panel4j.state === 'connected'");
        driver.executeScript("""
                const target = document.querySelector(arguments[0]);
                window.__texts = [];
                const note = () => window.__texts.push({ at: performance.now(), text: target.textContent });
                new MutationObserver(note).observe(target, { childList: true, subtree: true, characterData: true });
                window.__clicks = [];
                document.addEventListener('click', () => window.__clicks.push(performance.now()), true);
                """, TEXT);
        WebElement button = driver.findElement(By.xpath("//button[normalize-space()='Click me!']"));
        button.click();
        button.click();
        button.click();
        await("'Finished 3'", "return window.__texts.some(t => t.text === 'Finished 3')");

        List<?> clicks = (List<?>) driver.executeScript("return window.__clicks");
        List<?> texts = (List<?>) driver.executeScript("return window.__texts");
        assertThat(clicks).hasSize(3);
        for (int n = 1; n <= 3; n++) {
            double clicked = ((Number) clicks.get(n - 1)).doubleValue();
            double running = at(texts, "Running " + n);
            double finished = at(texts, "Finished " + n);
            assertThat(running - clicked).as("'Running %d' comes at once", n).isBetween(0.0, 1_000.0);
            assertThat(finished - clicked).as("'Finished %d' two seconds after its click", n)
                    .isBetween(1_950.0, 3_500.0);
        }
        double first = ((Number) clicks.get(0)).doubleValue();
        assertThat(at(texts, "Finished 3") - first).as("side by side: one after the other would take 6 s")
                .isLessThan(5_000.0);
    }

    /** The page checks client messages with the server's rules and answers with the server's error frame. */
    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"async_click", "async_click_wasm"})
    void aBadClientMessage_getsTheServersErrorFrame(String page) {
        driver.get(site.url("/" + page + "/"));
        await("the page to connect", "return !!window.panel4j && window.panel4j.state === 'connected'");
        driver.executeScript("""
                window.__frames = [];
                const socket = new WebSocket('in-page');  // the in-page socket: the session sends it init
                socket.onmessage = (m) => {
                  const frame = JSON.parse(m.data);
                  window.__frames.push(m.data);
                  if (frame.type === 'init') {
                    socket.send('{"type":"set","seq":1,"csrf":"in-page","id":"c1","prop":"value","value":1,"extra":2}');
                    socket.send('{"type":"teleport","seq":2,"csrf":"in-page"}');
                    socket.send('{"type":"ping","seq":0,"csrf":"in-page"}');
                  }
                };
                """);
        await("three error frames", "return window.__frames.filter(f => f.includes('\"error\"')).length >= 3");

        List<String> errors = ((List<?>) driver.executeScript("return window.__frames")).stream()
                .map(Object::toString).filter(f -> f.startsWith("{\"type\":\"error\"")).toList();
        var server = new org.panel4j.server.internal.ProtocolEncoder();
        assertThat(errors).containsExactly(
                server.error("malformed", "unknown field 'extra' in a 'set' message", 1L),
                server.error("unknown_type", "unknown message type 'teleport'", 2L),
                server.error("malformed", "field 'seq' must be a whole number of at least 1", null));
    }

    private static double at(List<?> texts, String text) {
        return texts.stream().map(t -> (Map<?, ?>) t).filter(t -> text.equals(t.get("text")))
                .mapToDouble(t -> ((Number) t.get("at")).doubleValue()).findFirst()
                .orElseThrow(() -> new AssertionError("'" + text + "' never shown; saw " + texts));
    }

    private static void await(String what, String script) {
        new FluentWait<>(driver).withTimeout(WAIT).pollingEvery(Duration.ofMillis(20))
                .withMessage(() -> "waiting for " + what)
                .until(d -> Boolean.TRUE.equals(driver.executeScript(script)));
    }
}
