package org.panel4j.examples.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.panel4j.App;
import org.panel4j.examples.PicsumHandler;
import org.panel4j.pane.JPG;

/**
 * The page's Content-Security-Policy in Chromium: an image from another origin is blocked unless the
 * server allows its source ({@code allowImageSources}); images sent as bytes always show
 * (docs/security.md).
 */
class ImageSourcesBrowserTest {

    private static final String TRAP = """
            window.__csp = [];
            document.addEventListener('securitypolicyviolation', (e) => window.__csp.push(e.violatedDirective));
            """;
    /** Another origin for the page at 127.0.0.1: the same server named localhost. */
    private static final AtomicReference<String> OFF_SITE = new AtomicReference<>();
    private static final App OFF_SITE_IMAGE = session -> JPG.fromUrl(OFF_SITE.get() + "/picsum/40/30?image=5").alt("off-site");

    @RegisterExtension
    static final BrowserSetup SETUP = new BrowserSetup(() -> ExamplesServer.start(new PicsumHandler(),
            Map.of("/offsite", OFF_SITE_IMAGE)));

    @Test
    void offSiteImage_isBlockedByDefault_andShownOnceItsSourceIsAllowed() {
        Browser browser = SETUP.browser();
        browser.onNewDocument(TRAP);
        int port = SETUP.server().server().port();
        OFF_SITE.set("http://localhost:" + port);
        browser.open(SETUP.server().url("/offsite"));
        browser.await("the blocked image", d -> !((List<?>) browser.js("return window.__csp")).isEmpty());
        assertThat(browser.js("return window.__csp")).isEqualTo(List.of("img-src"));
        assertThat(browser.js("return document.querySelector('.p4j-image img').naturalWidth")).isEqualTo(0L);

        // another server whose pages may load images from there
        try (var server = ExamplesServer.start(new PicsumHandler(), Map.of("/offsite", OFF_SITE_IMAGE),
                config -> config.allowImageSources(OFF_SITE.get()))) {
            browser.open(server.url("/offsite"));
            browser.await("the allowed image", d -> Long.valueOf(40).equals(
                    browser.js("return document.querySelector('.p4j-image img').naturalWidth")));
            assertThat(browser.js("return window.__csp")).isEqualTo(List.of());
        }
    }
}
