package org.panel4j.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Base64;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.panel4j.bind.Bound;
import org.panel4j.component.Component;
import org.panel4j.pane.JPG;
import org.panel4j.session.Node;
import org.panel4j.testing.ClientMirror;
import org.panel4j.testing.TestSession;
import org.panel4j.widget.Button;
import org.panel4j.widget.IntSlider;
import org.panel4j.widget.StaticText;

/** The example apps driven headless, as a browser would, with images over real loopback HTTP. */
class ExampleAppsTest {

    private static final Duration WAIT = Duration.ofSeconds(10);

    @Test
    void bindImage_rapidSliderMoves_showTheImageOfTheFinalValue_evenWhenAnOlderFetchAnswersLast() throws Exception {
        // image 3 answers slowest: a naive implementation would show it last
        try (var picsum = new SlowPicsum(n -> n == 3 ? 1500 : 100);
             var page = TestSession.open(BindImage.app(new ImageSource(picsum.serveAlone())))) {
            IntSlider slider = find(page.root(), IntSlider.class);
            Bound image = find(page.root(), Bound.class);
            page.awaitQuiet(WAIT);

            page.set(slider, "value", 3);
            picsum.awaitAsked(3, WAIT); // the slow fetch is under way when the newer value comes
            page.set(slider, "value", 7);
            picsum.awaitAnswered(3, WAIT); // the slow fetch of image 3 has answered, late
            page.awaitQuiet(WAIT);

            var shown = (Node) page.clientValue(image, "object");
            assertThat(shown.props().get("alt")).isEqualTo("Image 7");
            assertThat(dataUrlBytes(shown)).isEqualTo(PicsumStandIn.jpeg(7, 800, 300));
        }
    }

    @Test
    void watchImage_triggerAtStart_loadsTheFirstImage_andEachValueLoadsItsOwn() throws Exception {
        try (var picsum = new SlowPicsum(n -> 20);
             var page = TestSession.open(WatchImage.app(new ImageSource(picsum.serveAlone())))) {
            JPG image = find(page.root(), JPG.class);
            IntSlider slider = find(page.root(), IntSlider.class);
            page.awaitClientValue(image, "alt", "Image 0"::equals, WAIT);

            page.set(slider, "value", 4);
            page.awaitClientValue(image, "alt", "Image 4"::equals, WAIT);
            assertThat(page.clientValue(image, "object"))
                    .isEqualTo("data:image/jpeg;base64," + Base64.getEncoder().encodeToString(PicsumStandIn.jpeg(4, 800, 300)));
        }
    }

    @Test
    void asyncClick_secondClickIsAnsweredWhileTheFirstTaskSleeps() {
        try (var page = TestSession.open(AsyncClick.app())) {
            Button button = find(page.root(), Button.class);
            StaticText text = find(page.root(), StaticText.class);
            page.click(button);
            page.awaitClientValue(text, "value", "Running 1"::equals, WAIT);
            page.click(button);
            page.awaitClientValue(text, "value", "Running 2"::equals, WAIT);
            page.awaitClientValue(text, "value", "Finished 2"::equals, WAIT);

            // causality, not speed: the second click was answered before the first task ended
            List<Object> shown = page.client().history(text.id(), "value").stream().map(ClientMirror.Received::value).toList();
            assertThat(shown.indexOf("Running 2")).as("'Running 2' shown while task 1 still sleeps: %s", shown)
                    .isLessThan(shown.indexOf("Finished 1") < 0 ? shown.size() : shown.indexOf("Finished 1"));
        }
    }

    private static byte[] dataUrlBytes(Node jpg) {
        String url = (String) jpg.props().get("object");
        return Base64.getDecoder().decode(url.substring(url.indexOf(',') + 1));
    }

    static <T extends Component> T find(Component root, Class<T> type) {
        return root.find(type).orElseThrow(() -> new AssertionError("no " + type.getSimpleName() + " under " + root));
    }
}
