package org.panel4j.examples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.panel4j.Panel.async;
import static org.panel4j.Panel.withLock;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.panel4j.layout.Row;
import org.panel4j.testing.ClientMirror;
import org.panel4j.testing.TestSession;
import org.panel4j.widget.Button;
import org.panel4j.widget.StaticText;

/**
 * The guide's {@code @pn.io.with_lock async def stream(event)} watched on {@code clicks}: each click waits
 * a second, then appends five points; locked runs never interleave, so two clicks take two seconds.
 */
class WatchClicksSeedTest {

    @Test
    void lockedAsyncWatcherOnClicks_appendsFivePointsPerClick_oneClickAtATime() {
        var button = new Button("Click me!");
        var data = new StaticText("0");
        button.clicksProperty().watch(withLock(async(event -> {
            Thread.sleep(Duration.ofSeconds(1));
            List<String> points = new ArrayList<>(List.of(data.getValue().split(",")));
            int last = Integer.parseInt(points.getLast());
            for (int x = last + 1; x <= last + 5; x++) {
                points.add(String.valueOf(x));
            }
            data.setValue(String.join(",", points));
        })));
        try (var page = TestSession.open(session -> new Row(button, data))) {
            long start = System.nanoTime();
            page.click(button);
            page.click(button);

            page.awaitClientValue(data, "value", v -> ((String) v).endsWith(",10"), Duration.ofSeconds(5));
            long elapsedMs = (System.nanoTime() - start) / 1_000_000;

            assertThat(page.client().history(data.id(), "value")).extracting(ClientMirror.Received::value)
                    .containsExactly("0", "0,1,2,3,4,5", "0,1,2,3,4,5,6,7,8,9,10");
            assertThat(elapsedMs).as("two locked runs of a second, one after the other").isBetween(1900L, 3500L);
        }
    }
}
