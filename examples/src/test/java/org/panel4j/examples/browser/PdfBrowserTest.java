package org.panel4j.examples.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.panel4j.App;
import org.panel4j.examples.PicsumHandler;
import org.panel4j.examples.gallery.SmallPdf;
import org.panel4j.pane.PDF;
import org.panel4j.widget.Button;
import org.panel4j.layout.Column;

/**
 * The PDF pane in Chromium: pdf.js draws the page into a canvas under the page's own CSP (no frame, no
 * plugin), the user's page turns reach the server, and a page set on the server shows.
 */
class PdfBrowserTest {

    private static final List<PDF> BUILT = new CopyOnWriteArrayList<>();

    private static final App PDF_APP = session -> {
        var pdf = new PDF(SmallPdf.pages(List.of("Page one", "Page two")));
        var last = new Button("First page");
        last.onClick(event -> pdf.setPage(1));
        BUILT.add(pdf);
        return new Column(last, pdf);
    };

    @RegisterExtension
    static final BrowserSetup SETUP = new BrowserSetup(() -> ExamplesServer.start(new PicsumHandler(),
            Map.of("/pdf", PDF_APP)));

    @Test
    void aPageIsDrawn_theUsersPageTurnsReachTheServer_andTheServersPageShows() {
        Browser browser = SETUP.browser();
        int built = BUILT.size();
        browser.open(SETUP.server().url("/pdf"));
        PDF pdf = BUILT.get(built);
        browser.await("page 1 drawn", d -> "1".equals(canvasPage(browser)));
        assertThat(browser.driver().findElement(By.cssSelector(".p4j-pdf-status")).getText()).isEqualTo("Page 1 of 2");
        assertThat(inkedPixels(browser)).as("dark pixels of the page's text on the canvas").isGreaterThan(500L);
        browser.screenshot("pdf-page-1");

        browser.driver().findElement(By.cssSelector(".p4j-pdf-next")).click();
        browser.await("the server to see page 2", d -> pdf.getPage() == 2);
        browser.await("page 2 drawn", d -> "2".equals(canvasPage(browser)));
        assertThat(browser.driver().findElement(By.cssSelector(".p4j-pdf-next")).isEnabled()).as("no page 3").isFalse();

        browser.button("First page").click();
        browser.await("the page the server set", d -> "1".equals(canvasPage(browser)));
    }

    private static Object canvasPage(Browser browser) {
        return browser.js("return document.querySelector('.p4j-pdf-canvas').dataset.renderedPage ?? null");
    }

    private static long inkedPixels(Browser browser) {
        return (Long) browser.js("""
                const c = document.querySelector('.p4j-pdf-canvas');
                const d = c.getContext('2d').getImageData(0, 0, c.width, c.height).data;
                let n = 0;
                for (let i = 0; i < d.length; i += 4) if (d[i] < 100 && d[i + 1] < 100 && d[i + 2] < 100) n++;
                return n;
                """);
    }
}
