package org.panel4j;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.panel4j.bind.Bound;
import org.panel4j.session.Registration;
import org.panel4j.session.Session;
import org.panel4j.session.SessionHost;
import org.panel4j.testing.ManualScheduler;
import org.panel4j.testing.TestSession;
import org.panel4j.testkit.Waits;
import org.panel4j.widget.IntSlider;

/** Watchers, tasks, periodic callbacks and binds are all cancelled through one handle type, twice harmlessly. */
class OneHandleTest {

    private final ManualScheduler clock = new ManualScheduler();
    private final SessionHost host = SessionHost.create(c -> c.scheduler(clock));
    private final IntSlider slider = new IntSlider(0, 10);
    private final AtomicInteger bindRuns = new AtomicInteger();
    private final Bound bound = Panel.bind(v -> "n" + bindRuns.incrementAndGet(), slider);
    private final TestSession page = TestSession.open(session -> new org.panel4j.layout.Row(slider, bound), host);
    private final Session session = page.session();

    @AfterEach
    void close() {
        host.close();
    }

    @Test
    void everyKindOfRegistration_stopsOnCancel_andCancelTwiceIsHarmless() throws InterruptedException {
        var watched = new AtomicInteger();
        var ticks = new AtomicInteger();
        var started = new CountDownLatch(1);
        Registration watcher = slider.valueProperty().watch(change -> watched.incrementAndGet());
        Registration periodic = session.addPeriodicCallback(tick -> ticks.incrementAndGet(), Duration.ofSeconds(1));
        Registration task = session.submit((s, t) -> {
            started.countDown();
            Thread.sleep(Duration.ofMinutes(1));
        });
        Registration bind = bound;
        assertThat(started.await(5, TimeUnit.SECONDS)).isTrue();
        int bindRunsBefore = bindRuns.get();

        for (Registration registration : List.of(watcher, periodic, task, bind)) {
            registration.cancel();
            registration.cancel();
        }
        page.set(slider, "value", 3);
        clock.advance(Duration.ofSeconds(5));

        assertThat(watched).hasValue(0);
        assertThat(ticks).hasValue(0);
        assertThat(bindRuns).hasValue(bindRunsBefore);
        Waits.until(() -> session.runningTasks() == 0, "the cancelled task to end");
    }
}
