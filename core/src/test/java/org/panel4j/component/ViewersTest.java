package org.panel4j.component;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.panel4j.session.Session;
import org.panel4j.session.SessionHost;
import org.panel4j.widget.StaticText;

/**
 * The sessions a component is shown in: counted per session, the same below and above the size where
 * they move from copied arrays to a map, and never missing a session that was added before a read.
 */
class ViewersTest {

    private final SessionHost host = SessionHost.create();

    @AfterEach
    void close() {
        host.close();
    }

    private List<Session> sessions(int count) {
        List<Session> sessions = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            sessions.add(host.newSession());
        }
        return sessions;
    }

    @Test
    void belowAndAboveTheIndexedSize_eachSessionIsCountedAndListedOnce() {
        for (int size : new int[] {1, Viewers.INDEXED_ABOVE, Viewers.INDEXED_ABOVE + 1, 1_000}) {
            var viewers = new Viewers();
            List<Session> sessions = sessions(size);
            for (int i = 0; i < size; i++) {
                Session session = sessions.get(i);
                assertThat(viewers.add(session)).as("first placement").isTrue();
                assertThat(viewers.add(session)).as("second placement").isFalse();
                assertThat(viewers.sessions()).as("read after adding %d", i + 1).hasSize(i + 1).contains(session);
            }
            assertThat(viewers.sessions()).as("size %d", size).containsExactlyInAnyOrderElementsOf(sessions);
            assertThat(viewers.single()).isEqualTo(size == 1 ? sessions.get(0) : null);

            for (Session session : sessions) {
                assertThat(viewers.remove(session)).as("one of two placements").isFalse();
            }
            assertThat(viewers.sessions()).hasSize(size);
            for (Session session : sessions.subList(0, size / 2)) {
                assertThat(viewers.remove(session)).as("the last placement").isTrue();
                assertThat(viewers.remove(session)).as("not shown any more").isFalse();
                assertThat(viewers.sessions()).as("read after removing").doesNotContain(session);
            }
            assertThat(viewers.sessions()).containsExactlyInAnyOrderElementsOf(sessions.subList(size / 2, size));
        }
    }

    @Test
    void theSnapshotReadBeforeAChange_isNotWrittenByIt() {
        var viewers = new Viewers();
        List<Session> sessions = sessions(Viewers.INDEXED_ABOVE + 10);
        sessions.forEach(viewers::add);
        Session[] before = viewers.sessions();
        Session[] copy = before.clone();

        viewers.remove(sessions.get(0));
        viewers.add(host.newSession());

        assertThat(before).containsExactly(copy);
        assertThat(viewers.sessions()).isNotSameAs(before).hasSize(before.length);
    }

    @Test
    void sessionsOpenedAndClosedFromManyVirtualThreads_whileValuesAreSet_endExactlyAsLeft() throws Exception {
        var shared = new StaticText();
        List<Session> staying = sessions(300);
        List<Session> leaving = sessions(300);
        var setting = new AtomicBoolean(true);
        var error = new AtomicReference<Throwable>();
        var start = new CountDownLatch(1);
        Thread setter = Thread.ofVirtual().start(() -> {
            int i = 0;
            while (setting.get()) {
                shared.setValue("v" + i++); // reads the viewers while they change
            }
        });
        try (var threads = Executors.newVirtualThreadPerTaskExecutor()) {
            for (Session session : staying) {
                threads.submit(() -> attach(shared, session, start, error, false));
            }
            for (Session session : leaving) {
                threads.submit(() -> attach(shared, session, start, error, true));
            }
            start.countDown();
        }
        setting.set(false);
        setter.join();

        assertThat(error.get()).isNull();
        assertThat(shared.sessions()).containsExactlyInAnyOrderElementsOf(staying);
        Set<Session> each = new HashSet<>(shared.sessions());
        assertThat(each).hasSize(staying.size());
    }

    private static Void attach(StaticText shared, Session session, CountDownLatch start,
                               AtomicReference<Throwable> error, boolean thenDetach) {
        try {
            start.await();
            shared.attach(session);
            shared.attach(session); // shown twice: still one viewer
            shared.detach(session);
            if (thenDetach) {
                shared.detach(session);
            }
        } catch (Throwable e) {
            error.compareAndSet(null, e);
        }
        return null;
    }
}
