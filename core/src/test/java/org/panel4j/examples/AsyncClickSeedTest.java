package org.panel4j.examples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.panel4j.Panel.async;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import org.junit.jupiter.api.Test;
import org.panel4j.layout.Row;
import org.panel4j.testing.ClientMirror;
import org.panel4j.testing.TestSession;
import org.panel4j.widget.Button;
import org.panel4j.widget.StaticText;

/**
 * The seed's async click: order and causality, not this machine's speed (a loaded machine may take a
 * second to show 'Running'; it must still show it before either task ends, and the tasks must overlap).
 */
class AsyncClickSeedTest {

    private static final Duration GENEROUS = Duration.ofSeconds(20);

    @Test
    void twoQuickClicks_showRunningBeforeEitherFinishes_andRunSideBySide() throws InterruptedException {
        var button = new Button("Click me!");
        var text = new StaticText();
        var steps = new ConcurrentLinkedQueue<String>();
        button.onClick(async(event -> {
            steps.add("start " + event.newValue());
            text.setValue("Running " + event.newValue());
            Thread.sleep(Duration.ofSeconds(2));
            steps.add("end " + event.newValue());
            text.setValue("Finished " + event.newValue());
        }));
        try (var page = TestSession.open(session -> new Row(button, text))) {
            long start = System.nanoTime();
            page.click(button);
            page.click(button);
            page.awaitClientValue(text, "value", value -> String.valueOf(value).startsWith("Finished"), GENEROUS);
            page.awaitQuiet(GENEROUS);
            long elapsedMs = (System.nanoTime() - start) / 1_000_000;

            assertThat(List.copyOf(steps).subList(0, 2)).as("both tasks started before either ended")
                    .containsExactlyInAnyOrder("start 1", "start 2");
            List<String> shown = page.client().history(text.id(), "value").stream()
                    .map(ClientMirror.Received::value).map(String::valueOf).filter(value -> !value.isEmpty()).toList();
            assertThat(shown.getFirst()).as("after its empty start, the page said Running first").startsWith("Running");
            assertThat(shown.getLast()).as("whichever parallel task finished last").isIn("Finished 1", "Finished 2");
            assertThat(elapsedMs).as("side by side: well under the 4 s two tasks take one after the other")
                    .isLessThan(3_800L);
        }
    }
}
