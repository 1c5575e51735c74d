package org.panel4j.examples.browser;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.Dimension;
import org.panel4j.examples.PicsumStandIn;

/** {@code /watch_image} in Chromium: the first image is there at load, and the slider changes it. */
class WatchImageBrowserTest {

    @RegisterExtension
    static final BrowserSetup SETUP = new BrowserSetup();

    @Test
    void firstImageShowsAtLoad_andMovingTheSliderChangesIt() {
        Browser browser = SETUP.browser();
        var page = new ImagePage(browser);
        browser.open(SETUP.server().url("/watch_image"));
        browser.await("the first image, loaded by trigger() at start", d -> page.alt().equals("Image 0"));
        assertThat(page.bytes()).isEqualTo(PicsumStandIn.jpeg(0, 800, 300));

        page.pressRight(2);
        browser.await("image 2", d -> page.alt().equals("Image 2"));
        assertThat(page.bytes()).isEqualTo(PicsumStandIn.jpeg(2, 800, 300));
        browser.screenshot("watch_image");
    }

    @Test
    void onANarrowWindow_theImageShrinksToFit() {
        Browser browser = SETUP.browser();
        var page = new ImagePage(browser);
        var window = browser.driver().manage().window();
        Dimension size = window.getSize();
        try {
            window.setSize(new Dimension(480, 700));
            browser.open(SETUP.server().url("/watch_image"));
            browser.await("the first image", d -> page.alt().equals("Image 0"));
            browser.await("the image to be laid out", d -> Boolean.TRUE.equals(browser.js(
                    "return document.querySelector('.p4j-image img').getBoundingClientRect().width > 0")));
            assertThat(browser.js("""
                    const img = document.querySelector('.p4j-image img').getBoundingClientRect();
                    const root = document.documentElement;
                    return img.right <= root.clientWidth && root.scrollWidth <= root.clientWidth;
                    """)).as("the image and the page fit the window's width").isEqualTo(true);
            browser.screenshot("watch_image-narrow");
        } finally {
            window.setSize(size);
        }
    }
}
