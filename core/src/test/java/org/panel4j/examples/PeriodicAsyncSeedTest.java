package org.panel4j.examples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.panel4j.Panel.async;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.panel4j.session.PeriodicCallback;
import org.panel4j.testing.ClientMirror;
import org.panel4j.testing.ManualScheduler;
import org.panel4j.testing.TestSession;
import org.panel4j.widget.StaticText;

/**
 * The guide's asynchronous periodic callback ({@code pn.state.add_periodic_callback}). Time is the
 * subject, so the clock is the test's: each tick comes exactly one period after the last, whatever the
 * machine's load (docs/testing.md).
 */
class PeriodicAsyncSeedTest {

    private static final Duration WAIT = Duration.ofSeconds(20);

    @Test
    void asyncPeriodicCallback_updatesTheBrowserEveryPeriod_thenStopsAfterItsCount() {
        var clock = new ManualScheduler();
        var text = new StaticText();
        PeriodicCallback[] periodic = new PeriodicCallback[1];
        try (var page = TestSession.open(session -> {
            periodic[0] = session.addPeriodicCallback(async(tick -> {
                Thread.sleep(100); // I/O: fine on a virtual thread
                text.setValue("tick " + tick.counter());
            }), Duration.ofMillis(250)).count(3);
            return text;
        }, config -> config.scheduler(clock))) {
            for (int n = 1; n <= 3; n++) {
                clock.advance(Duration.ofMillis(249));
                page.awaitQuiet(WAIT);
                assertThat(page.clientValue(text, "value")).as("a millisecond before tick %d", n)
                        .isEqualTo(n == 1 ? "" : "tick " + (n - 1));
                clock.advance(Duration.ofMillis(1));
                String expected = "tick " + n;
                page.awaitClientValue(text, "value", expected::equals, WAIT);
            }
            clock.advance(Duration.ofSeconds(2));
            page.awaitQuiet(WAIT);
            assertThat(page.client().history(text.id(), "value")).extracting(ClientMirror.Received::value)
                    .containsExactly("", "tick 1", "tick 2", "tick 3");
            assertThat(periodic[0].isRunning()).as("stopped after its count").isFalse();
        }
    }
}
