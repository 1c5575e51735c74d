package org.panel4j.bind;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.panel4j.layout.Row;
import org.panel4j.testing.ManualScheduler;
import org.panel4j.testing.TestSession;
import org.panel4j.testkit.Waits;
import org.panel4j.widget.IntSlider;

/** docs/concurrency.md rule 9: {@code pending} for the task's whole life; {@code loading} after a show delay, for a minimum time. */
class LoadingTest {

    private final ManualScheduler clock = new ManualScheduler();
    private final IntSlider slider = new IntSlider(0, 10);
    private final CountDownLatch release = new CountDownLatch(1);
    private final Bound bound = Bind.inputs(slider).async()
            .loadingTiming(Duration.ofMillis(150), Duration.ofMillis(300))
            .to(values -> {
                if ((Integer) values.get(0) > 0) {
                    release.await(5, TimeUnit.SECONDS);
                }
                return "value " + values.get(0);
            });
    private final TestSession page = TestSession.open(session -> new Row(slider, bound), c -> c.scheduler(clock));

    @AfterEach
    void close() {
        release.countDown();
        page.close();
    }

    @Test
    void longTask_pendingAtOnce_loadingAfterTheDelay_keptForTheMinimumTime() {
        page.awaitQuiet(Duration.ofSeconds(5));
        slider.setValue(1);
        Waits.until(() -> bound.isPending() && clock.pending() == 1, "pending, with the show delay armed");
        assertThat(bound.isLoading()).isFalse();

        clock.advance(Duration.ofMillis(149));
        assertThat(bound.isLoading()).isFalse();
        clock.advance(Duration.ofMillis(1));
        assertThat(bound.isLoading()).isTrue();
        page.await(bound.loadingProperty(), Boolean.TRUE::equals);

        clock.advance(Duration.ofMillis(50));
        release.countDown();
        // the end of the task arms the hide timer right after pending turns false, on the task's thread
        Waits.until(() -> !bound.isPending() && clock.pending() == 1, "the task to end, with the hide timer armed");
        assertThat(bound.isLoading()).as("shown 50 ms of at least 300").isTrue();
        clock.advance(Duration.ofMillis(249));
        assertThat(bound.isLoading()).isTrue();
        clock.advance(Duration.ofMillis(1));
        assertThat(bound.isLoading()).isFalse();
        page.await(bound.loadingProperty(), Boolean.FALSE::equals);
    }

    @Test
    void shortTask_neverShowsLoading() {
        page.awaitQuiet(Duration.ofSeconds(5));
        release.countDown();

        slider.setValue(2);
        page.awaitQuiet(Duration.ofSeconds(5));
        clock.advance(Duration.ofSeconds(1));

        assertThat(bound.isLoading()).isFalse();
        assertThat(page.client().history(bound.id(), "loading")).extracting(r -> r.value()).containsOnly(false);
    }

    @Test
    void pending_isTrueWhileTheTaskRuns_andReachesTheClient() {
        page.awaitQuiet(Duration.ofSeconds(5));
        slider.setValue(1);

        page.await(bound.pendingProperty(), Boolean.TRUE::equals);
        release.countDown();
        page.await(bound.pendingProperty(), Boolean.FALSE::equals);
        assertThat(bound.getObject()).isNotNull();
    }
}
