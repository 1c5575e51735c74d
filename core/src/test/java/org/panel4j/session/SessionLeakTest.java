package org.panel4j.session;

import static org.assertj.core.api.Assertions.assertThat;
import static org.panel4j.Panel.async;

import java.lang.ref.WeakReference;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.panel4j.App;
import org.panel4j.AppSession;
import org.panel4j.session.internal.SessionCore;
import org.panel4j.testkit.Heap;
import org.panel4j.widget.StaticText;

/**
 * Opens and ends 10,000 sessions, each with a blocking async task, a sync and an async periodic
 * callback running when it ends: afterwards no task body is still running, the host forgets every
 * session, no session stays reachable, and the heap after GC is back within 5 % of its baseline.
 */
class SessionLeakTest {

    private static final int SESSIONS = 10_000;
    private static final int BATCH = 500;

    private final AtomicInteger runningBodies = new AtomicInteger();

    private App app() {
        return session -> {
            var text = new StaticText();
            session.submit((s, task) -> body(() -> Thread.sleep(Duration.ofMinutes(10))));
            session.addPeriodicCallback(tick -> text.setValue("tick"), Duration.ofMillis(5));
            session.addPeriodicCallback(async(tick -> body(() -> Thread.sleep(Duration.ofMinutes(10)))), Duration.ofMillis(5));
            return text;
        };
    }

    private void body(ThrowingRunnable work) throws Exception {
        runningBodies.incrementAndGet();
        try {
            work.run();
        } finally {
            runningBodies.decrementAndGet();
        }
    }

    private void runBatch(SessionHost host, List<WeakReference<Session>> sample) throws Exception {
        var batch = new ArrayList<Session>(BATCH);
        for (int i = 0; i < BATCH; i++) {
            batch.add(AppSession.open(app(), host).session());
        }
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (runningBodies.get() < BATCH && System.nanoTime() < deadline) {
            Thread.sleep(5); // let the tasks start, so they are running when their session ends
        }
        for (Session session : batch) {
            if (sample.size() < 200 && sample.size() * (SESSIONS / 200) <= batch.size()) {
                sample.add(new WeakReference<>(session));
            }
            SessionCore.of(session).destroy();
        }
    }

    private void awaitNoBodies() throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (runningBodies.get() > 0 && System.nanoTime() < deadline) {
            Thread.sleep(10);
        }
        assertThat(runningBodies.get()).as("task bodies still running after their session ended").isZero();
    }

    @Test
    void tenThousandSessions_openedAndEnded_leaveNoTaskSessionOrHeapBehind() throws Exception {
        try (var host = SessionHost.create()) {
            var sample = new ArrayList<WeakReference<Session>>();
            runBatch(host, new ArrayList<>()); // warm-up: classes, JIT, pools
            awaitNoBodies();
            long baseline = Heap.usedAfterGc();
            for (int done = BATCH; done < SESSIONS; done += BATCH) {
                runBatch(host, sample);
            }
            awaitNoBodies();
            assertThat(host.sessions()).isEmpty();
            assertThat(sample).isNotEmpty();
            Heap.awaitCollected(sample, "ended sessions");
            long after = Heap.usedAfterGcAtMost((long) (baseline * 1.05));
            assertThat((double) after).as("heap after GC, baseline %d", baseline).isLessThanOrEqualTo(baseline * 1.05);
        }
    }
}
