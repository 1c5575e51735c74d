package org.panel4j.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.panel4j.Panel.async;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.panel4j.session.PeriodicCallback;
import org.panel4j.widget.StaticText;

/**
 * An async periodic run that ends before the clock's thread has looked at its task is finished once.
 * The session took a done task for one whose body never ran (the session had ended) and finished it a
 * second time: with fixed-delay timing that scheduled the next tick twice, so runs multiplied (any
 * clock; with fixed-rate timing the in-flight count went below zero, so overlap SKIP stopped skipping).
 */
class PeriodicDoneOnceTest {

    @Test
    void quickAsyncRuns_withFixedDelay_tickOncePerPeriod() {
        var clock = new ManualScheduler();
        var runs = new AtomicInteger();
        try (var page = TestSession.open(session -> {
            session.addPeriodicCallback(async(tick -> runs.incrementAndGet()), Duration.ofMillis(10))
                    .timing(PeriodicCallback.Timing.FIXED_DELAY)
                    .count(2000);   // bounds the runaway the bug was: each double finish doubled the ticks
            return new StaticText();
        }, config -> config.scheduler(clock))) {
            clock.advance(Duration.ofSeconds(10));
            assertThat(runs.get()).as("one run per 10 ms period").isEqualTo(1000);
        }
    }
}
