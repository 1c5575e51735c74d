package org.panel4j.examples.browser;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.panel4j.examples.PicsumStandIn;

/** {@code /watch_image} in Chromium: the first image is there at load, and the slider changes it. */
class WatchImageBrowserTest {

    private static Browser browser;
    private static ExamplesServer server;

    @BeforeAll
    static void start() {
        browser = Browser.start();
        server = ExamplesServer.start();
    }

    @AfterAll
    static void stop() {
        if (server != null) {
            server.close();
        }
        if (browser != null) {
            browser.close();
        }
    }

    @Test
    void firstImageShowsAtLoad_andMovingTheSliderChangesIt() {
        var page = new ImagePage(browser);
        browser.open(server.url("/watch_image"));
        browser.await("the first image, loaded by trigger() at start", d -> page.alt().equals("Image 0"));
        assertThat(page.bytes()).isEqualTo(PicsumStandIn.jpeg(0, 800, 300));

        page.pressRight(2);
        browser.await("image 2", d -> page.alt().equals("Image 2"));
        assertThat(page.bytes()).isEqualTo(PicsumStandIn.jpeg(2, 800, 300));
        browser.screenshot("watch_image");
    }
}
