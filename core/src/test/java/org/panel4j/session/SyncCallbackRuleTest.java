package org.panel4j.session;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.panel4j.layout.Row;
import org.panel4j.session.internal.SessionCore;
import org.panel4j.testing.TestSession;
import org.panel4j.widget.Button;
import org.panel4j.widget.StaticText;

/** docs/concurrency.md rule 2: sync callbacks run one at a time per session, holding its lock; sessions run in parallel. */
class SyncCallbackRuleTest {

    @Test
    void syncClickCallbacks_inOneSession_runOneAtATime_holdingTheLock() throws Exception {
        var button = new Button("Go");
        var inside = new AtomicInteger();
        var maxInside = new AtomicInteger();
        var withoutLock = new AtomicInteger();
        try (var page = TestSession.open(session -> button)) {
            button.onClick(event -> {
                maxInside.accumulateAndGet(inside.incrementAndGet(), Math::max);
                if (!page.session().isLockHeldByCurrentThread()) {
                    withoutLock.incrementAndGet();
                }
                Thread.sleep(1);
                inside.decrementAndGet();
            });
            List<Thread> browsers = new ArrayList<>();
            for (int i = 0; i < 8; i++) {
                browsers.add(Thread.ofPlatform().start(() -> {
                    for (int c = 0; c < 25; c++) {
                        page.click(button);
                    }
                }));
            }
            for (Thread browser : browsers) {
                browser.join();
            }
        }
        assertThat(button.getClicks()).isEqualTo(200);
        assertThat(maxInside.get()).isEqualTo(1);
        assertThat(withoutLock.get()).isZero();
    }

    @Test
    void syncCallbackBlocked_inSessionA_doesNotDelayACallbackInSessionB() throws Exception {
        var unblockA = new CountDownLatch(1);
        var aEntered = new CountDownLatch(1);
        try (var host = SessionHost.create()) {
            var buttonA = new Button("A");
            buttonA.onClick(event -> {
                aEntered.countDown();
                unblockA.await(60, TimeUnit.SECONDS); // blocked until B is done, holding A's lock
            });
            var buttonB = new Button("B");
            var textB = new StaticText();
            buttonB.onClick(event -> textB.setValue("B done"));
            var pageA = TestSession.open(session -> buttonA, host);
            var pageB = TestSession.open(session -> new Row(buttonB, textB), host);

            Thread browserA = Thread.ofPlatform().start(() -> pageA.click(buttonA));
            assertThat(aEntered.await(5, TimeUnit.SECONDS)).isTrue();
            pageB.click(buttonB);
            pageB.awaitClientValue(textB, "value", "B done"::equals, Duration.ofSeconds(20));

            // causality: B's click reached B's browser while A was still blocked, holding its lock
            assertThat(unblockA.getCount()).as("A is still blocked").isEqualTo(1);
            assertThat(SessionCore.of(pageA.session()).isQuiet()).as("A's lock is still held").isFalse();
            unblockA.countDown();
            browserA.join();
        }
    }
}
