package org.panel4j.convert.site;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Path;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.panel4j.browser.PageDriver;
import org.panel4j.examples.PicsumStandIn;

/**
 * The seed examples as the build converts them (docs/browser.md), for both targets, served by a plain
 * static host with no panel4j server: each checks in Chromium what the server version's browser test
 * checks (AsyncClickBrowserTest, BindImageBrowserTest, WatchImageBrowserTest, PeriodicBrowserTest,
 * AsyncStreamPlotBrowserTest in the examples module). Skipped without Debian's chromium and chromedriver.
 */
class ExampleSiteInPageTest {

    /** The final image of the bind and watch tests; the ones before it answer long after it. */
    private static final int FINAL = 5;
    private static final String TEXT = ".p4j-StaticText .p4j-static-text-value";

    private static final Path ROOT = Path.of("target", "examples-site");

    private static SiteServer site;
    private static PageDriver page;

    @BeforeAll
    static void start() throws Exception {
        assumeTrue(PageDriver.available(), "browser tests skipped: chromium and chromedriver are needed");
        Path root = ROOT;
        assertThat(root.resolve("js/app.js")).as("the JavaScript site (the build converts it)").exists();
        assertThat(root.resolve("wasm/app.wasm")).as("the WebAssembly site (the build converts it)").exists();
        site = SiteServer.serve(root, n -> n == FINAL || n == 0 ? 150 : 900);
        page = PageDriver.start();
    }

    @AfterAll
    static void stop() throws Exception {
        if (page != null) {
            page.close();
        }
        if (site != null) {
            site.close();
        }
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"js", "wasm"})
    void frontPage_listsTheApps_insideThePagesMargin_andItsCardsOpenThem(String target) {
        page.driver().get(site.url("/" + target + "/"));   // no app on it: nothing connects
        List<WebElement> links = page.driver().findElements(By.className("p4j-index-link"));
        assertThat(links).extracting(WebElement::getText)
                .containsExactly("async_click", "bind_image", "watch_image", "periodic", "async_stream");
        Number left = (Number) page.run("return document.querySelector('h1').getBoundingClientRect().left");
        assertThat(left.doubleValue()).as("the title keeps the page's margin, as on the server's index").isGreaterThanOrEqualTo(16.0);
        links.getFirst().click();
        page.await("the async click page", "return location.pathname.endsWith('/async_click/')"
                + " && document.querySelector('button') !== null");
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"js", "wasm"})
    void asyncClick_threeQuickClicks_runSideBySide(String target) {
        page.open(site.url("/" + target + "/async_click/"));
        recordTexts();
        WebElement button = page.driver().findElement(By.xpath("//button[normalize-space()='Click me!']"));
        button.click();
        button.click();
        button.click();
        page.await("'Finished 3'", "return window.__texts.some(t => t.text === 'Finished 3')");

        List<?> clicks = (List<?>) page.run("return window.__clicks");
        List<?> texts = (List<?>) page.run("return window.__texts");
        assertThat(clicks).hasSize(3);
        for (int n = 1; n <= 3; n++) {
            double clicked = ((Number) clicks.get(n - 1)).doubleValue();
            assertThat(at(texts, "Running " + n) - clicked).as("'Running %d' comes at once", n).isBetween(0.0, 1_000.0);
            assertThat(at(texts, "Finished " + n) - clicked).as("'Finished %d' two seconds after its click", n)
                    .isBetween(1_950.0, 3_500.0);
        }
        assertThat(at(texts, "Finished 3") - ((Number) clicks.get(0)).doubleValue())
                .as("side by side: one after the other would take 6 s").isLessThan(5_000.0);
    }

    /**
     * The in-page latency of a click (BENCHMARKS.md §13): from the click event to 'Running N' in the page,
     * both stamped by {@code performance.now()} in the page, each click once the one before has finished
     * (a 'Finished' in the same batch as a 'Running' would hide it): 10 clicks, or
     * {@code -Dpanel4j.inpage.clicks=30} for the recorded figures. Printed; the median must stay far below
     * what a user notices.
     */
    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"js", "wasm"})
    void asyncClick_clickToRunning_inThePage(String target) {
        page.open(site.url("/" + target + "/async_click/"));
        recordTexts();
        WebElement button = page.driver().findElement(By.xpath("//button[normalize-space()='Click me!']"));
        int clicks = Math.max(2, Integer.getInteger("panel4j.inpage.clicks", 10));
        for (int n = 1; n <= clicks; n++) {
            button.click();
            page.await("'Finished " + n + "'", "return window.__texts.some(t => t.text === arguments[0])", "Finished " + n);
        }
        List<?> clicked = (List<?>) page.run("return window.__clicks");
        List<?> texts = (List<?>) page.run("return window.__texts");
        double[] latency = new double[clicks];
        for (int n = 1; n <= clicks; n++) {
            latency[n - 1] = at(texts, "Running " + n) - ((Number) clicked.get(n - 1)).doubleValue();
        }
        java.util.Arrays.sort(latency);
        double median = (latency[(clicks - 1) / 2] + latency[clicks / 2]) / 2;
        System.out.printf("in-page click to 'Running' (%s, %d clicks): median %.1f ms, min %.1f, p90 %.1f, max %.1f%n",
                target, clicks, median, latency[0], latency[clicks * 9 / 10], latency[clicks - 1]);
        assertThat(median).as("median click to 'Running' in the page, ms").isLessThan(250.0);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"js", "wasm"})
    void bindImage_rapidSliderMoves_showTheNewestValuesImage(String target) {
        page.open(site.url("/" + target + "/bind_image/?picsum=" + site.url("/picsum")));
        page.await("the first image", "return " + ALT + " === 'Image 0'");
        pressRight(1);
        awaitAsked(1);
        pressRight(FINAL - 1);
        page.await("image " + FINAL, "return " + ALT + " === 'Image " + FINAL + "'");
        awaitQuietAfterStaleFetches();

        assertThat(page.run("return " + ALT)).as("the newest value wins").isEqualTo("Image " + FINAL);
        assertThat(shownBytes()).isEqualTo(PicsumStandIn.jpeg(FINAL, 800, 300));
        assertThat(page.run("return document.querySelector('output').textContent")).isEqualTo(String.valueOf(FINAL));
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"js", "wasm"})
    void watchImage_loadsTheFirstImageAtStart_andTheNewestWins(String target) {
        page.open(site.url("/" + target + "/watch_image/?picsum=" + site.url("/picsum")));
        page.await("the first image, loaded by trigger() at start", "return " + ALT + " === 'Image 0'");
        assertThat(shownBytes()).isEqualTo(PicsumStandIn.jpeg(0, 800, 300));

        pressRight(1);
        awaitAsked(1);
        pressRight(FINAL - 1);
        page.await("image " + FINAL, "return " + ALT + " === 'Image " + FINAL + "'");
        awaitQuietAfterStaleFetches();
        assertThat(page.run("return " + ALT)).as("the newest value wins").isEqualTo("Image " + FINAL);
        assertThat(shownBytes()).isEqualTo(PicsumStandIn.jpeg(FINAL, 800, 300));
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"js", "wasm"})
    void periodic_ticksByItself_andStopsChangingAfterStop(String target) {
        page.open(site.url("/" + target + "/periodic/"));
        recordTexts();
        page.await("two ticks", "return window.__texts.filter(t => t.text.startsWith('Tick')).length >= 2");
        assertThat(page.run("return document.querySelector('progress').value")).as("the progress bar moves")
                .isNotEqualTo(0L);

        clickButton("Stop");
        page.await("'(stopped)'", "return window.__texts.length > 0 && window.__texts.at(-1).text.endsWith('(stopped)')");
        double stoppedAt = ((Number) page.run("return window.__texts.at(-1).at")).doubleValue();
        page.await("more than two periods", "return performance.now() > arguments[0] + 2500", stoppedAt);
        assertThat(((Number) page.run("return window.__texts.at(-1).at")).doubleValue()).as("unchanged since 'Stop'")
                .isEqualTo(stoppedAt);

        clickButton("Start");
        page.await("a tick after 'Start'",
                "return window.__texts.at(-1).at > arguments[0] && window.__texts.at(-1).text.startsWith('Tick')", stoppedAt);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"js", "wasm"})
    void asyncStream_clicksStreamPointsIntoTheDrawnPlot(String target) {
        page.open(site.url("/" + target + "/async_stream/"));
        page.await("the plot drawn by uPlot", "return !!document.querySelector('.p4j-figure .uplot canvas')");
        String length = "return [...window.panel4j.views.values()].find(v => v.type === 'ColumnDataSource').data().length";
        assertThat(page.run(length)).isEqualTo(1L);
        clickButton("Click me!");
        clickButton("Click me!");
        page.await("two clicks' five points each, in turn", length + " === 11");
        Map<?, ?> stats = (Map<?, ?>) page.run("return [...window.panel4j.views.values()].find(v => v.type === 'Figure').stats()");
        assertThat(((Number) stats.get("draws")).longValue()).as("uPlot drew").isPositive();
        assertThat(page.run("return getComputedStyle(document.querySelector('.uplot .u-wrap')).position"))
                .as("uPlot's stylesheet applies").isEqualTo("relative");
    }

    private static final String ALT = "(() => { const img = document.querySelector('.p4j-image img');"
            + " return img && !img.hidden && img.getAttribute('src') ? img.alt : ''; })()";

    private static void recordTexts() {
        page.run("""
                const target = document.querySelector(arguments[0]);
                window.__texts = [];
                const note = () => window.__texts.push({ at: performance.now(), text: target.textContent });
                new MutationObserver(note).observe(target, { childList: true, subtree: true, characterData: true });
                window.__clicks = [];
                document.addEventListener('click', () => window.__clicks.push(performance.now()), true);
                """, TEXT);
    }

    private static void clickButton(String label) {
        page.driver().findElement(By.xpath("//button[normalize-space()='" + label + "']")).click();
    }

    private static void pressRight(int times) {
        page.driver().findElement(By.cssSelector("input[type=range]")).sendKeys(Keys.ARROW_RIGHT.toString().repeat(times));
    }

    private static void awaitAsked(int image) {
        page.awaitHere("the slow fetch of image " + image + " to be under way", () -> site.asked().contains(image));
    }

    /** Waits until every fetch answered, then 300 ms more: a stale result would have shown by then. */
    private static void awaitQuietAfterStaleFetches() {
        page.awaitHere("every fetch to answer", () -> site.inFlight() == 0);
        double settled = ((Number) page.run("return performance.now()")).doubleValue();
        page.await("a quiet moment after the stale fetches answered", "return performance.now() > arguments[0] + 300", settled);
    }

    private static byte[] shownBytes() {
        String src = (String) page.run("return document.querySelector('.p4j-image img').src");
        assertThat(src).as("the image is a JPEG data URL").startsWith("data:image/jpeg;base64,");
        return Base64.getDecoder().decode(src.substring(src.indexOf(',') + 1));
    }

    private static double at(List<?> texts, String text) {
        return texts.stream().map(t -> (Map<?, ?>) t).filter(t -> text.equals(t.get("text")))
                .mapToDouble(t -> ((Number) t.get("at")).doubleValue()).findFirst()
                .orElseThrow(() -> new AssertionError("'" + text + "' never shown; saw " + texts));
    }
}
