package org.panel4j.session;

import static org.assertj.core.api.Assertions.assertThat;
import static org.panel4j.Panel.async;

import java.time.Duration;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.panel4j.layout.Row;
import org.panel4j.testing.TestSession;
import org.panel4j.testkit.Waits;
import org.panel4j.widget.Button;
import org.panel4j.widget.StaticText;

/** docs/concurrency.md rule 3: async callbacks run on their own virtual threads, concurrently, without the lock. */
class AsyncCallbackRuleTest {

    @Test
    void asyncCallback_runsOnAVirtualThread_withoutTheSessionLock() {
        var button = new Button("Go");
        var seen = new CopyOnWriteArrayList<Boolean>();
        try (var page = TestSession.open(session -> button)) {
            button.onClick(async(event -> {
                seen.add(Thread.currentThread().isVirtual());
                seen.add(page.session().isLockHeldByCurrentThread());
            }));

            page.click(button);
            page.awaitQuiet(Duration.ofSeconds(5));
        }
        assertThat(seen).containsExactly(true, false);
    }

    @Test
    void tenThousandAsyncCallbacks_inOneSession_allRunAtOnce() {
        var button = new Button("Go");
        var finished = new AtomicInteger();
        var allRunning = new CountDownLatch(10_000);
        try (var page = TestSession.open(session -> button)) {
            button.onClick(async(event -> {
                allRunning.countDown();
                allRunning.await(); // no callback ends before all 10,000 run: a bounded pool would never get there
                finished.incrementAndGet();
            }));

            for (int i = 0; i < 10_000; i++) {
                page.click(button);
            }
            Waits.until(() -> finished.get() == 10_000, Duration.ofSeconds(60),
                    () -> "10,000 callbacks side by side, " + (10_000 - allRunning.getCount()) + " started, "
                            + finished.get() + " finished");
            page.awaitQuiet(Duration.ofSeconds(20));
        }
    }

    @Test
    void blockedAsyncCallback_doesNotBlockSyncCallbacksOfItsSession() throws Exception {
        var slow = new Button("slow");
        var fast = new Button("fast");
        var text = new StaticText();
        var release = new CountDownLatch(1);
        slow.onClick(async(event -> release.await(5, TimeUnit.SECONDS)));
        fast.onClick(event -> text.setValue("fast done"));
        try (var page = TestSession.open(session -> new Row(slow, fast, text))) {
            page.click(slow);
            Waits.until(() -> page.session().runningTasks() == 1, "the slow task to run");

            page.click(fast);
            page.awaitClientValue(text, "value", "fast done"::equals, Duration.ofSeconds(2));

            assertThat(page.session().runningTasks()).isEqualTo(1);
            release.countDown();
            page.awaitQuiet(Duration.ofSeconds(5));
        }
    }
}
