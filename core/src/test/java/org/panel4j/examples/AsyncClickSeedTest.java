package org.panel4j.examples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.panel4j.Panel.async;

import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.panel4j.layout.Row;
import org.panel4j.testing.ClientMirror;
import org.panel4j.testing.TestSession;
import org.panel4j.widget.Button;
import org.panel4j.widget.StaticText;

class AsyncClickSeedTest {

    @Test
    void twoQuickClicks_showRunningAtOnce_andBothFinishAboutTwoSecondsLater_sideBySide() throws InterruptedException {
        var button = new Button("Click me!");
        var text = new StaticText();
        var started = new CountDownLatch(2);
        button.onClick(async(event -> {
            started.countDown();
            text.setValue("Running " + event.newValue());
            Thread.sleep(Duration.ofSeconds(2));
            text.setValue("Finished " + event.newValue());
        }));
        try (var page = TestSession.open(session -> new Row(button, text))) {
            long start = System.nanoTime();
            page.click(button);
            page.click(button);
            // "at once": long before either two-second task could end (300 ms flaked on a loaded 2-core machine).
            // The two tasks run in parallel, so either may write "Running" last: wait for both to start.
            assertThat(started.await(1500, TimeUnit.MILLISECONDS)).as("both tasks started at once").isTrue();
            page.awaitClientValue(text, "value", value -> String.valueOf(value).startsWith("Running"), Duration.ofMillis(1500));
            page.awaitQuiet(Duration.ofSeconds(5));
            long elapsedMs = (System.nanoTime() - start) / 1_000_000;

            var values = page.client().history(text.id(), "value").stream().map(ClientMirror.Received::value).toList();
            assertThat(values).anyMatch(value -> String.valueOf(value).startsWith("Running"));
            assertThat(values.getLast()).as("whichever parallel task finished last").isIn("Finished 1", "Finished 2");
            assertThat(elapsedMs).as("both tasks ran side by side").isBetween(1900L, 3500L);
        }
    }
}
