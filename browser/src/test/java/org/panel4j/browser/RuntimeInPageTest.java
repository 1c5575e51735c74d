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
 * while the page goes on. Skipped without Debian's chromium and chromedriver.
 */
class RuntimeInPageTest {

    private static StaticSite site;
    private static PageDriver page;

    @BeforeAll
    static void start() throws Exception {
        assumeTrue(PageDriver.available(), "browser tests skipped: chromium and chromedriver are needed");
        site = StaticSite.serve(PageBuild.build(RuntimeProbePage.class, "runtime_probe"));
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

    @BeforeEach
    void open() {
        page.open(site.url("/runtime_probe/"));
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

    private static WebElement button(String label) {
        return page.driver().findElement(By.xpath("//button[normalize-space()='" + label + "']"));
    }

    private static double at(List<?> texts, String text) {
        return texts.stream().map(t -> (Map<?, ?>) t).filter(t -> text.equals(t.get("text")))
                .mapToDouble(t -> ((Number) t.get("at")).doubleValue()).findFirst()
                .orElseThrow(() -> new AssertionError("'" + text + "' never shown; saw " + texts));
    }
}
