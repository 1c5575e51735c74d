package org.panel4j.session;

import static org.assertj.core.api.Assertions.assertThat;
import static org.panel4j.Panel.async;
import static org.panel4j.Panel.withLock;

import java.time.Duration;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;
import org.panel4j.layout.Row;
import org.panel4j.testing.TestSession;
import org.panel4j.testkit.Waits;
import org.panel4j.widget.Button;
import org.panel4j.widget.StaticText;

/** docs/concurrency.md rule 5: withLock excludes sync callbacks (a block, or a whole async callback). */
class WithLockRuleTest {

    private final Button locked = new Button("locked");
    private final Button sync = new Button("sync");
    private final StaticText text = new StaticText();
    private final AtomicBoolean insideLocked = new AtomicBoolean();
    private final CopyOnWriteArrayList<Boolean> syncSawLockedBodyRunning = new CopyOnWriteArrayList<>();

    @Test
    void withLockBlock_excludesSyncCallbacks_untilItEnds() throws Exception {
        sync.onClick(event -> syncSawLockedBodyRunning.add(insideLocked.get()));
        try (var page = TestSession.open(session -> new Row(sync, text))) {
            page.session().withLock(() -> {
                insideLocked.set(true);
                Thread browser = Thread.ofPlatform().start(() -> page.click(sync));
                Waits.untilParked(browser);
                assertThat(syncSawLockedBodyRunning).isEmpty();
                insideLocked.set(false);
            });
            Waits.until(() -> syncSawLockedBodyRunning.size() == 1, "the sync click to run");
        }
        assertThat(syncSawLockedBodyRunning).containsExactly(false);
    }

    @Test
    void withLockAsync_runsOnAVirtualThreadHoldingTheLock_andExcludesSyncCallbacks() throws Exception {
        var entered = new CountDownLatch(1);
        var release = new CountDownLatch(1);
        var lockHeld = new CopyOnWriteArrayList<Boolean>();
        sync.onClick(event -> syncSawLockedBodyRunning.add(insideLocked.get()));
        try (var page = TestSession.open(session -> new Row(locked, sync, text))) {
            locked.onClick(withLock(async(event -> {
                insideLocked.set(true);
                lockHeld.add(page.session().isLockHeldByCurrentThread() && Thread.currentThread().isVirtual());
                entered.countDown();
                release.await(5, TimeUnit.SECONDS);
                text.setValue("locked done");
                insideLocked.set(false);
            })));

            page.click(locked);
            assertThat(entered.await(5, TimeUnit.SECONDS)).isTrue();
            Thread browser = Thread.ofPlatform().start(() -> page.click(sync));
            Waits.untilParked(browser);
            assertThat(syncSawLockedBodyRunning).as("sync click waits for the locked task").isEmpty();
            release.countDown();
            browser.join(5_000);
            page.awaitQuiet(Duration.ofSeconds(5));

            assertThat(lockHeld).containsExactly(true);
            assertThat(syncSawLockedBodyRunning).containsExactly(false);
            assertThat(page.clientValue(text, "value")).isEqualTo("locked done");
        }
    }

    @Test
    void plainAsync_doesNotExcludeSyncCallbacks() throws Exception {
        var entered = new CountDownLatch(1);
        var release = new CountDownLatch(1);
        sync.onClick(event -> syncSawLockedBodyRunning.add(insideLocked.get()));
        locked.onClick(async(event -> {
            insideLocked.set(true);
            entered.countDown();
            release.await(5, TimeUnit.SECONDS);
            insideLocked.set(false);
        }));
        try (var page = TestSession.open(session -> new Row(locked, sync))) {
            page.click(locked);
            assertThat(entered.await(5, TimeUnit.SECONDS)).isTrue();
            page.click(sync);
            release.countDown();
            page.awaitQuiet(Duration.ofSeconds(5));
        }
        assertThat(syncSawLockedBodyRunning).containsExactly(true);
    }

    @Test
    void withLock_isReentrant_andPropagatesExceptions() throws Exception {
        try (var page = TestSession.open(session -> text)) {
            Session session = page.session();
            session.withLock(() -> session.withLock(() -> text.setValue("nested")));
            assertThat(text.getValue()).isEqualTo("nested");

            var thrown = new IllegalStateException("boom");
            try {
                session.withLock(() -> {
                    throw thrown;
                });
            } catch (IllegalStateException e) {
                assertThat(e).isSameAs(thrown);
            }
            assertThat(session.isLockHeldByCurrentThread()).isFalse();
        }
    }
}
