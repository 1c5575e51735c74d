package org.panel4j.examples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.panel4j.Panel.async;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.panel4j.session.PeriodicCallback;
import org.panel4j.testing.ClientMirror;
import org.panel4j.testing.TestSession;
import org.panel4j.widget.StaticText;

/** The guide's asynchronous periodic callback ({@code pn.state.add_periodic_callback}) on the real clock. */
class PeriodicAsyncSeedTest {

    @Test
    void asyncPeriodicCallback_updatesTheBrowserEveryPeriod_thenStopsAfterItsCount() {
        var text = new StaticText();
        PeriodicCallback[] periodic = new PeriodicCallback[1];
        try (var page = TestSession.open(session -> {
            periodic[0] = session.addPeriodicCallback(async(tick -> {
                Thread.sleep(100); // I/O: fine on a virtual thread
                text.setValue("tick " + tick.counter());
            }), Duration.ofMillis(250)).count(3);
            return text;
        })) {
            page.awaitClientValue(text, "value", "tick 3"::equals, Duration.ofSeconds(5));
            page.awaitQuiet(Duration.ofSeconds(5));

            List<ClientMirror.Received> ticks = page.client().history(text.id(), "value").stream()
                    .filter(r -> !"".equals(r.value())).toList();
            assertThat(ticks).extracting(ClientMirror.Received::value).containsExactly("tick 1", "tick 2", "tick 3");
            for (int i = 1; i < ticks.size(); i++) {
                long gapMs = (ticks.get(i).atNanos() - ticks.get(i - 1).atNanos()) / 1_000_000;
                assertThat(gapMs).as("one period between updates").isBetween(150L, 1000L);
            }
            assertThat(periodic[0].isRunning()).isFalse();
        }
    }
}
