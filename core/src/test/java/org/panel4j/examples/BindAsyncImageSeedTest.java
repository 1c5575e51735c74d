package org.panel4j.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Base64;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
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

    private static final Duration WAIT = Duration.ofSeconds(20);

    private final Queue<String> fetches = new ConcurrentLinkedQueue<>();

    /** Stands in for the guide's HTTP request: blocks 300 ms, returns JPEG bytes; records how it ended. */
    private byte[] fetch(int index) throws InterruptedException {
        try {
            Thread.sleep(300);
        } catch (InterruptedException e) {
            fetches.add("interrupted " + index);
            throw e;
        }
        fetches.add("fetched " + index);
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
            page.awaitQuiet(WAIT);
            assertThat(shownImage(page, image)).isEqualTo(dataUrl(0));
            fetches.clear();

            long start = System.nanoTime();
            page.set(widget, "value", 3);
            page.set(widget, "value", 4); // the page answers at once while the fetch runs
            assertThat(widget.getValue()).isEqualTo(4);
            page.awaitClientValue(image, "object",
                    node -> dataUrl(4).equals(((Node) node).props().get("object")), WAIT);
            long elapsedMs = (System.nanoTime() - start) / 1_000_000;

            assertThat(fetches).as("the superseded fetch was interrupted, the newest one ran")
                    .containsExactly("interrupted 3", "fetched 4");
            assertThat(elapsedMs).as("at least the newest fetch's 300 ms").isGreaterThanOrEqualTo(280L);
            page.awaitQuiet(WAIT);
            assertThat(shownImage(page, image)).isEqualTo(dataUrl(4));
        }
    }
}
