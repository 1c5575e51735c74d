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

    private static String dataUrl(int index) {
        return "data:image/jpeg;base64," + Base64.getEncoder().encodeToString(Images.generate("jpg", index));
    }

    @Test
    void asyncWatcherOnValue_triggeredAtStart_showsTheFirstImage_thenFollowsTheSlider() {
        var widget = new IntSlider(0, 10);
        var image = new JPG();
        widget.valueProperty().watch(async(event -> image.setObject(BindAsyncImageSeedTest.fetch(event.newValue()))));
        try (var page = TestSession.open(session -> {
            session.onLoad(s -> widget.valueProperty().trigger());
            return new Column(widget, image);
        })) {
            long start = System.nanoTime();
            page.awaitClientValue(image, "object", dataUrl(0)::equals, Duration.ofSeconds(5));
            long firstMs = (System.nanoTime() - start) / 1_000_000;

            page.set(widget, "value", 7);
            page.awaitClientValue(image, "object", dataUrl(7)::equals, Duration.ofSeconds(5));

            assertThat(firstMs).as("the triggered fetch").isLessThan(2000L);
            page.awaitQuiet(Duration.ofSeconds(5));
            assertThat(page.clientValue(image, "object")).isEqualTo(dataUrl(7));
        }
    }
}
