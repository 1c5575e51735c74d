package org.panel4j.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Base64;
import org.junit.jupiter.api.Test;
import org.panel4j.Panel;
import org.panel4j.bind.Bound;
import org.panel4j.layout.Column;
import org.panel4j.pane.JPG;
import org.panel4j.session.Node;
import org.panel4j.testing.Images;
import org.panel4j.testing.TestSession;
import org.panel4j.widget.IntSlider;

/** The guide's {@code pn.Column(widget, pn.bind(get_img, widget))} with an async image fetch. */
class BindAsyncImageSeedTest {

    /** Stands in for the guide's HTTP request: blocks 300 ms, returns JPEG bytes. */
    static byte[] fetch(int index) throws InterruptedException {
        Thread.sleep(300);
        return Images.generate("jpg", index);
    }

    private static String dataUrl(int index) {
        return "data:image/jpeg;base64," + Base64.getEncoder().encodeToString(Images.generate("jpg", index));
    }

    private static Object shownImage(TestSession page, Bound bound) {
        return page.clientValue(bound, "object") instanceof Node node ? node.props().get("object") : null;
    }

    @Test
    void asyncBind_showsTheImageOfTheNewValue_aboutAFetchLater_whileThePageStaysLive() {
        var widget = new IntSlider(0, 10);
        Bound image = Panel.bindAsync(index -> new JPG(fetch(index)), widget);
        try (var page = TestSession.open(session -> new Column(widget, image))) {
            page.awaitQuiet(Duration.ofSeconds(5));
            assertThat(shownImage(page, image)).isEqualTo(dataUrl(0));

            long start = System.nanoTime();
            page.set(widget, "value", 3);
            page.set(widget, "value", 4); // the page answers at once while the fetch runs
            assertThat(widget.getValue()).isEqualTo(4);
            page.awaitClientValue(image, "object",
                    node -> dataUrl(4).equals(((Node) node).props().get("object")), Duration.ofSeconds(5));
            long elapsedMs = (System.nanoTime() - start) / 1_000_000;

            assertThat(elapsedMs).as("one fetch, the superseded one interrupted").isBetween(280L, 2000L);
            page.awaitQuiet(Duration.ofSeconds(5));
            assertThat(shownImage(page, image)).isEqualTo(dataUrl(4));
        }
    }
}
