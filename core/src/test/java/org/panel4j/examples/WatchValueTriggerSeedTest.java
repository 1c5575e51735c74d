package org.panel4j.examples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.panel4j.Panel.async;

import java.time.Duration;
import java.util.Base64;
import org.junit.jupiter.api.Test;
import org.panel4j.layout.Column;
import org.panel4j.pane.JPG;
import org.panel4j.testing.Images;
import org.panel4j.testing.TestSession;
import org.panel4j.widget.IntSlider;

/** The guide's {@code widget.param.watch(update_img, 'value')} + {@code widget.param.trigger('value')}. */
class WatchValueTriggerSeedTest {

    private static final Duration WAIT = Duration.ofSeconds(20);

    private static String dataUrl(int index) {
        return "data:image/jpeg;base64," + Base64.getEncoder().encodeToString(Images.generate("jpg", index));
    }

    /** Stands in for the guide's HTTP request: blocks 300 ms, returns JPEG bytes. */
    private static byte[] fetch(int index) throws InterruptedException {
        Thread.sleep(300);
        return Images.generate("jpg", index);
    }

    @Test
    void asyncWatcherOnValue_triggeredAtStart_showsTheFirstImage_thenFollowsTheSlider() {
        var widget = new IntSlider(0, 10);
        var image = new JPG();
        widget.valueProperty().watch(async(event -> image.setObject(fetch(event.newValue()))));
        try (var page = TestSession.open(session -> {
            session.onLoad(s -> widget.valueProperty().trigger());
            return new Column(widget, image);
        })) {
            // the trigger at load fetches the first image with no input from the page
            page.awaitClientValue(image, "object", dataUrl(0)::equals, WAIT);

            page.set(widget, "value", 7);
            page.awaitClientValue(image, "object", dataUrl(7)::equals, WAIT);

            page.awaitQuiet(WAIT);
            assertThat(page.clientValue(image, "object")).isEqualTo(dataUrl(7));
        }
    }
}
