package org.panel4j.session;

import static org.assertj.core.api.Assertions.assertThat;
import static org.panel4j.Panel.async;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.panel4j.layout.Row;
import org.panel4j.param.Change;
import org.panel4j.testing.TestSession;
import org.panel4j.testkit.Waits;
import org.panel4j.widget.Button;
import org.panel4j.widget.StaticText;

/** docs/concurrency.md rule 1: a set is visible at once; sync watchers run before it returns, holding the session lock. */
class PropertySetRuleTest {

    private final Button button = new Button("Go");
    private final StaticText text = new StaticText();

    /** What a watcher saw when it ran. */
    private record Call(Thread thread, boolean lockHeld, Object newValue) {}

    @Test
    void set_isVisibleToAnotherThread_beforeAnyDelivery() throws Exception {
        var seenElsewhere = new CopyOnWriteArrayList<String>();
        button.onClick(async(event -> {
            text.setValue("set by task");
            Thread reader = Thread.ofPlatform().start(() -> seenElsewhere.add(text.getValue()));
            reader.join();
        }));
        try (var page = TestSession.open(session -> new Row(button, text))) {
            page.click(button);
            page.awaitQuiet(Duration.ofSeconds(5));
        }
        assertThat(seenElsewhere).containsExactly("set by task");
    }

    @Test
    void syncWatcher_runsOnTheSettingThread_beforeSetReturns_holdingTheSessionLock() {
        var calls = new CopyOnWriteArrayList<Call>();
        try (var page = TestSession.open(session -> new Row(button, text))) {
            Session session = page.session();
            text.valueProperty().watch(change -> calls.add(
                    new Call(Thread.currentThread(), session.isLockHeldByCurrentThread(), change.newValue())));

            text.setValue("x");

            assertThat(calls).containsExactly(new Call(Thread.currentThread(), true, "x"));
            assertThat(session.isLockHeldByCurrentThread()).as("the lock is taken just for the watcher").isFalse();
        }
    }

    @Test
    void setFromAnAsyncTask_runsTheSessionWatcherUnderTheLock_onTheTaskThread_andReleasesIt() {
        var calls = new CopyOnWriteArrayList<Call>();
        var taskThread = new CopyOnWriteArrayList<Thread>();
        var lockHeldAfterSet = new CopyOnWriteArrayList<Boolean>();
        try (var page = TestSession.open(session -> new Row(button, text))) {
            Session session = page.session();
            text.valueProperty().watch(change -> calls.add(
                    new Call(Thread.currentThread(), session.isLockHeldByCurrentThread(), change.newValue())));
            button.onClick(async(event -> {
                taskThread.add(Thread.currentThread());
                text.setValue("from task");
                lockHeldAfterSet.add(session.isLockHeldByCurrentThread());
            }));

            page.click(button);
            page.awaitQuiet(Duration.ofSeconds(5));

            assertThat(taskThread).singleElement().satisfies(t -> assertThat(t.isVirtual()).isTrue());
            assertThat(calls).containsExactly(new Call(taskThread.getFirst(), true, "from task"));
            assertThat(lockHeldAfterSet).containsExactly(false);
        }
    }

    @Test
    void watcherChange_carriesTheSession() {
        var sessions = new CopyOnWriteArrayList<Session>();
        try (var page = TestSession.open(session -> new Row(button, text))) {
            text.valueProperty().watch(change -> sessions.add(change.session()));

            text.setValue("x");

            assertThat(sessions).containsExactly(page.session());
        }
    }

    @Test
    void asyncWatcher_returnsAtOnce_andRunsOnItsOwnVirtualThreadWithoutTheLock() throws Exception {
        var release = new CountDownLatch(1);
        var calls = new CopyOnWriteArrayList<Call>();
        try (var page = TestSession.open(session -> new Row(button, text))) {
            Session session = page.session();
            text.valueProperty().watch(async((Change<String> change) -> {
                calls.add(new Call(Thread.currentThread(), session.isLockHeldByCurrentThread(), change.newValue()));
                release.await(5, TimeUnit.SECONDS);
            }));

            text.setValue("x");
            Waits.until(() -> calls.size() == 1, "the async watcher to start");

            assertThat(page.session().runningTasks()).as("still blocked, yet set returned").isEqualTo(1);
            Call call = calls.getFirst();
            assertThat(call.thread()).isNotSameAs(Thread.currentThread());
            assertThat(call.thread().isVirtual()).isTrue();
            assertThat(call.lockHeld()).isFalse();
            release.countDown();
            page.awaitQuiet(Duration.ofSeconds(5));
        }
    }

    @Test
    void syncWatchers_neverInterleave_evenWhenManyTasksSetAtOnce() {
        var inside = new AtomicInteger();
        var maxInside = new AtomicInteger();
        var calls = new AtomicInteger();
        try (var page = TestSession.open(session -> new Row(button, text))) {
            text.valueProperty().watch(change -> {
                maxInside.accumulateAndGet(inside.incrementAndGet(), Math::max);
                Thread.yield();
                calls.incrementAndGet();
                inside.decrementAndGet();
            });
            button.onClick(async(event -> {
                for (int i = 0; i < 200; i++) {
                    text.setValue(event.newValue() + ":" + i);
                }
            }));

            for (int i = 0; i < 20; i++) {
                page.click(button);
            }
            page.awaitQuiet(Duration.ofSeconds(10));
        }
        assertThat(calls.get()).isEqualTo(20 * 200);
        assertThat(maxInside.get()).isEqualTo(1);
    }

    @Test
    void watcherOfADetachedComponent_runsOnTheSettingThreadWithoutAnySession() {
        var sessions = new CopyOnWriteArrayList<List<Object>>();
        text.valueProperty().watch(change -> sessions.add(java.util.Arrays.asList(change.session(), Thread.currentThread())));

        text.setValue("x");

        assertThat(sessions).containsExactly(java.util.Arrays.asList(null, Thread.currentThread()));
    }
}
