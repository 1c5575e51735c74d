package org.panel4j.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.panel4j.Panel.async;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.panel4j.bind.Bind;
import org.panel4j.bind.Bound;
import org.panel4j.layout.Row;
import org.panel4j.widget.IntSlider;
import org.panel4j.widget.StaticText;

/**
 * {@link ManualScheduler#advance} waits, before each next action, for the async work a due run started
 * and for what that work starts in turn, as a real clock whose ticks are far apart next to the work
 * would give. An async periodic callback moves a slider, which starts an async bind's evaluation: each
 * evaluation finishes before the next tick, so none is superseded, and the loading display (armed at
 * each evaluation's start) never shows. (Before: the clock ran past the show delay while an evaluation
 * still ran, and the last one had not run when {@code advance} returned.) Tasks a periodic callback
 * submits or executes finish too (before: none had run when {@code advance} returned).
 */
class ManualSchedulerBindRunsTest {

    @Test
    void asyncPeriodicCallbacksDrivingAnAsyncBind_giveExactCounts_overTenVirtualSeconds_100TimesInARow() {
        for (int attempt = 1; attempt <= 100; attempt++) {
            var clock = new ManualScheduler();
            var fast = new AtomicInteger();
            var slow = new AtomicInteger();
            var slider = new IntSlider(0, 100, 0);
            List<Object> evaluated = new CopyOnWriteArrayList<>();
            Bound bound = Bind.inputs(slider).async().loadingTiming(Duration.ofMillis(100), Duration.ofMillis(300))
                    .to(values -> {
                        evaluated.add(values.get(0));
                        return "slider at " + values.get(0);
                    });
            try (var page = TestSession.open(session -> {
                session.addPeriodicCallback(async(tick -> fast.incrementAndGet()), Duration.ofMillis(300));
                session.addPeriodicCallback(async(tick -> slider.setValue((int) tick.counter())), Duration.ofMillis(500));
                session.addPeriodicCallback(async(tick -> slow.incrementAndGet()), Duration.ofMillis(700));
                return new Row(slider, bound);
            }, config -> config.scheduler(clock))) {
                page.awaitQuiet(Duration.ofSeconds(10));   // the first evaluation, at attach
                clock.advance(Duration.ofSeconds(10));

                assertThat(new int[] {fast.get(), slow.get()}).as("periodic runs in attempt " + attempt)
                        .containsExactly(33, 14);
                assertThat(evaluated).as("evaluations in attempt " + attempt)
                        .containsExactly(0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20);
                assertThat(bound.isLoading()).as("loading in attempt " + attempt).isFalse();
                page.awaitQuiet(Duration.ofSeconds(10));
                assertThat(page.client().history(bound.id(), "loading")).extracting(ClientMirror.Received::value)
                        .as("loading as the browser saw it in attempt " + attempt).containsOnly(false);
            }
        }
    }

    /** Keeps this thread busy (running, not waiting) for {@code millis} of real time. */
    private static void busy(long millis) {
        long end = System.nanoTime() + millis * 1_000_000;
        while (System.nanoTime() < end) {
            Thread.onSpinWait();
        }
    }

    @Test
    void tasksADueRunSubmits_andCallbacksItExecutes_finishBeforeTheClockGoesOn() {
        for (int attempt = 1; attempt <= 10; attempt++) {
            var clock = new ManualScheduler();
            var submitted = new AtomicInteger();
            var executed = new AtomicInteger();
            var text = new StaticText();
            try (var page = TestSession.open(session -> {
                session.addPeriodicCallback(tick -> session.submit((s, task) -> {
                    busy(5);
                    submitted.incrementAndGet();
                }), Duration.ofMillis(500));
                session.addPeriodicCallback(tick -> session.execute(s -> {
                    busy(5);
                    text.setValue("run " + executed.incrementAndGet());
                }), Duration.ofMillis(700));
                return text;
            }, config -> config.scheduler(clock))) {
                clock.advance(Duration.ofSeconds(10));

                assertThat(new int[] {submitted.get(), executed.get()}).as("runs in attempt " + attempt)
                        .containsExactly(20, 14);
                page.await(text.valueProperty(), "run 14"::equals);
            }
        }
    }
}
