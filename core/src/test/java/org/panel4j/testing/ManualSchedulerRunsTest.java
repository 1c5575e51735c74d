package org.panel4j.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.panel4j.Panel.async;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.panel4j.widget.StaticText;

/**
 * {@link ManualScheduler#advance} gives async periodic callbacks exactly the runs a real clock would:
 * each tick after the previous run has finished, so no tick is skipped as "still running" because the
 * test's clock outran a virtual thread. (Before: 1, 1, 1 and 7 runs of 20 in four runs.)
 */
class ManualSchedulerRunsTest {

    @Test
    void asyncPeriodicCallbacksAtSeveralPeriods_runExactlyAsOften_asTenVirtualSecondsAllow_100TimesInARow() {
        for (int attempt = 1; attempt <= 100; attempt++) {
            var clock = new ManualScheduler();
            var fast = new AtomicInteger();
            var medium = new AtomicInteger();
            var slow = new AtomicInteger();
            var text = new StaticText();
            try (var page = TestSession.open(session -> {
                session.addPeriodicCallback(async(tick -> fast.incrementAndGet()), Duration.ofMillis(300));
                session.addPeriodicCallback(async(tick -> {
                    medium.incrementAndGet();
                    text.setValue("tick " + tick.counter());   // takes the session lock, as callbacks do
                }), Duration.ofMillis(500));
                session.addPeriodicCallback(async(tick -> slow.incrementAndGet()), Duration.ofMillis(700));
                return text;
            }, config -> config.scheduler(clock))) {
                clock.advance(Duration.ofSeconds(10));
                assertThat(new int[] {fast.get(), medium.get(), slow.get()}).as("runs in attempt " + attempt)
                        .containsExactly(33, 20, 14);
                page.await(text.valueProperty(), "tick 20"::equals);
            }
        }
    }
}
