package org.panel4j.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.panel4j.browser.probe.RuntimeProbePage;

/**
 * JDK members the page supplies for unchanged user code (docs/browser.md), in a test page compiled by
 * TeaVM and run in headless Chromium: {@code Thread.sleep(Duration)} sleeps the calling green thread
 * while the page goes on; {@code java.net.http}'s blocking {@code send} fetches from another origin
 * through the browser's {@code fetch}, with the JDK's outcomes (a 404 is a response, a network or CORS
 * failure an {@code IOException}, the request timeout an {@code HttpTimeoutException}). Skipped without Debian's chromium and chromedriver.
 */
class RuntimeInPageTest {

    private static StaticSite site;
    private static ImageServer images;
    private static PageDriver page;

    @BeforeAll
    static void start() throws Exception {
        assumeTrue(PageDriver.available(), "browser tests skipped: chromium and chromedriver are needed");
        site = StaticSite.serve(PageBuild.build(RuntimeProbePage.class, "runtime_probe"));
        images = ImageServer.start();
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
        if (images != null) {
            images.close();
        }
    }

    @BeforeEach
    void open() {
        page.open(site.url("/runtime_probe/?images=" + images.base()));
        page.run("""
                window.__texts = [];
                const note = () => document.querySelectorAll('.p4j-static-text-value')
                    .forEach(t => window.__texts.push({ at: performance.now(), text: t.textContent }));
                new MutationObserver(note).observe(document.getElementById('p4j-root'),
                    { childList: true, subtree: true, characterData: true });
                window.__clicks = [];
                document.addEventListener('click', () => window.__clicks.push(performance.now()), true);
                """);
    }

    @Test
    void threadSleepDuration_sleepsTheCallback_whileThePageGoesOn() {
        WebElement sleep = button("Sleep");
        sleep.click();
        sleep.click();
        page.await("'Slept 2'", "return window.__texts.some(t => t.text === 'Slept 2')");

        List<?> clicks = (List<?>) page.run("return window.__clicks");
        List<?> texts = (List<?>) page.run("return window.__texts");
        for (int n = 1; n <= 2; n++) {
            double clicked = ((Number) clicks.get(n - 1)).doubleValue();
            assertThat(at(texts, "Sleeping " + n) - clicked).as("'Sleeping %d' comes at once", n)
                    .isBetween(0.0, 1_000.0);
            assertThat(at(texts, "Slept " + n) - clicked).as("'Slept %d' after Duration.ofMillis(1500)", n)
                    .isBetween(1_490.0, 3_500.0);
        }
        assertThat(at(texts, "Sleeping 2")).as("the second click runs while the first sleeps")
                .isLessThan(at(texts, "Slept 1"));
    }

    @Test
    void httpClientSend_fetchesImageBytesFromAnotherOrigin_andTheJpgShowsThem() {
        button("Fetch image").click();
        page.await("the fetched image", "const img = document.querySelector('img[alt=fetched]');"
                + " return !!img && img.complete && img.naturalWidth > 0");

        assertThat(status()).isEqualTo("got 200 image/jpeg " + images.jpg().length + " bytes, same thread");
        assertThat(page.run("const img = document.querySelector('img[alt=fetched]');"
                + " return [img.naturalWidth, img.naturalHeight, img.src.startsWith('data:image/jpeg;base64,')]"))
                .as("the server's 80x30 JPG, shown from its bytes").isEqualTo(List.of(80L, 30L, true));
    }

    @Test
    void aStatusOtherThan2xx_isAResponse() {
        button("Fetch missing").click();
        awaitStatus("got 404 no such image");
    }

    @Test
    void aServerThatDoesNotAllowThePage_isAnIOException_sayingSo() {
        button("Fetch without CORS").click();
        page.await("the failure", "return window.__texts.some(t => t.text.startsWith('failed '))");
        assertThat(status()).startsWith("failed java.io.IOException: GET " + images.base() + "/nocors failed in the browser")
                .contains("does not allow this page's origin (CORS)");
    }

    @Test
    void theRequestTimeout_isAnHttpTimeoutException() {
        button("Fetch slow").click();
        awaitStatus("failed java.net.http.HttpTimeoutException: request timed out: GET " + images.base() + "/slow");
        double clicked = ((Number) ((List<?>) page.run("return window.__clicks")).get(0)).doubleValue();
        assertThat(at((List<?>) page.run("return window.__texts"), status()) - clicked)
                .as("after the 300 ms timeout, not the server's 2 s").isLessThan(ImageServer.SLOW_MILLIS - 200);
    }

    private static String status() {
        return (String) page.run("const all = document.querySelectorAll('.p4j-static-text-value');"
                + " return all[all.length - 1].textContent");
    }

    private static void awaitStatus(String text) {
        page.await("'" + text + "'", "return window.__texts.some(t => t.text === arguments[0])", text);
    }

    private static WebElement button(String label) {
        return page.driver().findElement(By.xpath("//button[normalize-space()='" + label + "']"));
    }

    private static double at(List<?> texts, String text) {
        return texts.stream().map(t -> (Map<?, ?>) t).filter(t -> text.equals(t.get("text")))
                .mapToDouble(t -> ((Number) t.get("at")).doubleValue()).findFirst()
                .orElseThrow(() -> new AssertionError("'" + text + "' never shown; saw " + texts));
    }
}
