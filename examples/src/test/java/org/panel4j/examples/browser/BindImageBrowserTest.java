package org.panel4j.examples.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.panel4j.examples.PicsumStandIn;
import org.panel4j.examples.SlowPicsum;

/** {@code /bind_image} in Chromium: after rapid slider moves the newest value's image wins, with a loading overlay meanwhile. */
class BindImageBrowserTest {

    private static final int FINAL = 5;
    /** The intermediate images answer long after the final one: a stale result would arrive last. */
    private static final SlowPicsum PICSUM = new SlowPicsum(n -> n == FINAL ? 150 : 900);

    @RegisterExtension
    static final BrowserSetup SETUP = new BrowserSetup(() -> ExamplesServer.start(PICSUM, Map.of()));

    @Test
    void rapidSliderMoves_showTheFinalValuesImage_withTheLoadingOverlayWhileFetching() {
        Browser browser = SETUP.browser();
        var page = new ImagePage(browser);
        browser.open(SETUP.server().url("/bind_image"));
        browser.await("the first image", d -> page.alt().equals("Image 0"));
        browser.js("""
                const bound = document.querySelector('.p4j-Bound');
                window.__loading = [];
                new MutationObserver(() => window.__loading.push(bound.classList.contains('p4j-loading')))
                    .observe(bound, { attributes: true, attributeFilter: ['class'] });
                """);

        page.pressRight(1);
        browser.await("the slow fetch of image 1 to be under way", d -> PICSUM.asked().contains(1));
        browser.await("the loading overlay", d -> Boolean.TRUE.equals(
                browser.js("return !!document.querySelector('.p4j-Bound.p4j-loading')")));
        browser.screenshot("bind_image-loading");
        page.pressRight(FINAL - 1);
        browser.await("image " + FINAL, d -> page.alt().equals("Image " + FINAL));
        browser.await("every fetch to answer", d -> PICSUM.inFlight() == 0);
        browser.await("the overlay to go", d -> Boolean.TRUE.equals(
                browser.js("return !document.querySelector('.p4j-loading')")));
        double settled = browser.now();
        browser.await("a quiet moment after the stale fetches answered", d -> browser.now() > settled + 300);

        assertThat(page.alt()).isEqualTo("Image " + FINAL);
        assertThat(page.bytes()).isEqualTo(PicsumStandIn.jpeg(FINAL, 800, 300));
        assertThat(browser.driver().findElement(By.cssSelector("output")).getText())
                .isEqualTo(String.valueOf(FINAL));
        @SuppressWarnings("unchecked")
        var loading = (List<Boolean>) browser.js("return window.__loading");
        assertThat(loading).as("loading went on, then off").containsSubsequence(true, false).endsWith(false);
        browser.screenshot("bind_image");
    }
}
