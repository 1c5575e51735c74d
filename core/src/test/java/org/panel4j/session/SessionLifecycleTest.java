package org.panel4j.session;

import static org.assertj.core.api.Assertions.assertThat;
import static org.panel4j.Panel.async;

import java.time.Duration;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;
import org.panel4j.layout.Row;
import org.panel4j.session.internal.SessionCore;
import org.panel4j.testing.ClientMirror;
import org.panel4j.testing.TestSession;
import org.panel4j.testkit.Waits;
import org.panel4j.widget.Button;
import org.panel4j.widget.StaticText;

/** onLoad, onDestroyed, execute, submit, and what a session's end does to its tasks (docs/concurrency.md rule 3). */
class SessionLifecycleTest {

    private final StaticText text = new StaticText();

    @Test
    void onLoad_registeredByTheApp_runsWhenTheClientFirstConnects_holdingTheLock() {
        var lockHeld = new CopyOnWriteArrayList<Boolean>();
        try (var page = TestSession.open(session -> {
            session.onLoad(s -> {
                lockHeld.add(s.isLockHeldByCurrentThread());
                text.setValue("loaded");
            });
            assertThat(lockHeld).as("not before the client connects").isEmpty();
            return text;
        })) {
            page.awaitClientValue(text, "value", "loaded"::equals, Duration.ofSeconds(2));
            page.connect(); // a reconnect is not a first load
            assertThat(lockHeld).containsExactly(true);

            page.session().onLoad(s -> lockHeld.add(false));
            assertThat(lockHeld).as("registered after load: runs at once").containsExactly(true, false);
        }
    }

    @Test
    void onDestroyed_runsAtTheEnd_afterTheTasksWereCancelled_once() throws Exception {
        var started = new CountDownLatch(1);
        var cancelledWhenDestroyedRan = new CopyOnWriteArrayList<Boolean>();
        try (var page = TestSession.open(session -> text)) {
            Session session = page.session();
            Task task = session.submit((s, t) -> {
                started.countDown();
                Thread.sleep(Duration.ofSeconds(30));
            });
            session.onDestroyed(s -> cancelledWhenDestroyedRan.add(task.isCancelled()));
            assertThat(started.await(5, TimeUnit.SECONDS)).isTrue();

            SessionCore.of(session).destroy();
            SessionCore.of(session).destroy();

            assertThat(cancelledWhenDestroyedRan).containsExactly(true);
            assertThat(task.await(5, TimeUnit.SECONDS)).as("interrupted, not left sleeping").isTrue();
            assertThat(session.isDestroyed()).isTrue();
        }
    }

    @Test
    void execute_runsSoonOnAVirtualThread_holdingTheLock() {
        var seen = new CopyOnWriteArrayList<Object>();
        try (var page = TestSession.open(session -> text)) {
            Session session = page.session();
            Thread.ofPlatform().start(() -> session.execute(s -> {
                seen.add(s);
                seen.add(Thread.currentThread().isVirtual());
                seen.add(s.isLockHeldByCurrentThread());
                text.setValue("executed");
            }));

            page.awaitClientValue(text, "value", "executed"::equals, Duration.ofSeconds(2));
            assertThat(seen).containsExactly(session, true, true);
        }
    }

    @Test
    void submit_runsATaskOfTheSession_thatCanBeAwaited() throws Exception {
        try (var page = TestSession.open(session -> text)) {
            Task task = page.session().submit((session, t) -> text.setValue("submitted"));

            assertThat(task.await(5, TimeUnit.SECONDS)).isTrue();
            assertThat(task.isDone()).isTrue();
            page.awaitClientValue(text, "value", "submitted"::equals, Duration.ofSeconds(2));
        }
    }

    @Test
    void sessionEndedMidTask_interruptsItsTasks_andDeliversNothingAfterwards() throws Exception {
        var button = new Button("Go");
        var interrupted = new AtomicBoolean();
        var afterEnd = new CountDownLatch(1);
        button.onClick(async(event -> {
            try {
                for (int i = 0; ; i++) {
                    text.setValue("tick " + i);
                    Thread.sleep(5);
                }
            } catch (InterruptedException e) {
                interrupted.set(true);
                text.setValue("after the end"); // a careless task goes on; nobody may receive it
                afterEnd.countDown();
            }
        }));
        try (var host = SessionHost.create()) {
            var page = TestSession.open(session -> new Row(button, text), host);
            var witness = TestSession.open(session -> text, host); // another session showing the same text
            page.click(button);
            page.awaitClientValue(text, "value", v -> ((String) v).startsWith("tick"), Duration.ofSeconds(2));

            SessionCore.of(page.session()).destroy();
            int batchesAtEnd = page.client().batches().size();

            assertThat(afterEnd.await(5, TimeUnit.SECONDS)).isTrue();
            assertThat(interrupted).isTrue();
            witness.awaitClientValue(text, "value", "after the end"::equals, Duration.ofSeconds(2));
            Waits.until(() -> SessionCore.of(witness.session()).isQuiet(), "the witness to be quiet");
            assertThat(page.client().batches()).hasSizeLessThanOrEqualTo(batchesAtEnd + 1);
            assertThat(page.client().history(text.id(), "value")).extracting(ClientMirror.Received::value)
                    .doesNotContain("after the end");
            // the task counts the latch down before it returns and leaves the session's task list
            Waits.until(() -> page.session().runningTasks() == 0, Duration.ofSeconds(5), "the interrupted task to end");
        }
    }

    @Test
    void sessionsOpenedFromManyVirtualThreadsWhileTheHostCloses_areAllEnded() throws Exception {
        var opened = new CopyOnWriteArrayList<Session>();
        var host = SessionHost.create();
        var started = new CountDownLatch(100);
        try (var threads = Executors.newVirtualThreadPerTaskExecutor()) {
            for (int t = 0; t < 100; t++) {
                threads.submit(() -> {
                    opened.add(host.newSession()); // before close(): each thread opens at least one
                    started.countDown();
                    try {
                        while (true) {
                            opened.add(host.newSession());
                        }
                    } catch (IllegalStateException closed) {
                        // the host closed: this thread is done
                    }
                });
            }
            started.await();
            host.close();
        }

        assertThat(opened).isNotEmpty().allMatch(Session::isDestroyed, "is destroyed");
        assertThat(host.sessions()).isEmpty();
    }
}
