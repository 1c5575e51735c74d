package org.panel4j.session;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.panel4j.AppSession;
import org.panel4j.layout.Row;
import org.panel4j.session.internal.SessionCore;
import org.panel4j.testing.ClientMirror;
import org.panel4j.testing.TestSession;
import org.panel4j.testkit.Waits;
import org.panel4j.widget.StaticText;

/** docs/concurrency.md rule 4: delivery in order, coalesced per property (last value wins), atomic under the lock. */
class DeliveryRuleTest {

    private final SessionHost host = SessionHost.create();
    private final StaticText a = new StaticText();
    private final StaticText b = new StaticText();

    @AfterEach
    void closeHost() {
        host.close();
    }

    private Session connected(RecordingSink sink) {
        Session session = AppSession.open(s -> new Row(a, b), host).session();
        SessionCore.of(session).connect(sink);
        return session;
    }

    private static SessionCoreImpl core(Session session) {
        return (SessionCoreImpl) SessionCore.of(session);
    }

    @Test
    void slowClient_manySets_coalesceToTheFinalValue_inFewBatches() throws Exception {
        var sink = RecordingSink.blocking();
        Session session = connected(sink);
        a.setValue("first");
        sink.awaitFirstSend();

        for (int i = 0; i < 100_000; i++) {
            a.setValue("v" + i);
            b.setValue("w" + i);
        }
        sink.unblock();
        Waits.until(SessionCore.of(session)::isQuiet, "delivery to finish");

        assertThat(sink.sets(a.id(), "value")).last().extracting(Op.SetProp::value).isEqualTo("v99999");
        assertThat(sink.sets(b.id(), "value")).last().extracting(Op.SetProp::value).isEqualTo("w99999");
        assertThat(sink.batches()).as("one blocked batch, then the coalesced rest").hasSizeLessThanOrEqualTo(3);
        assertThat(sink.batches()).allSatisfy(batch -> assertThat(batch.ops()).hasSizeLessThanOrEqualTo(2));
    }

    @Test
    void changesUnderTheLock_arriveAsOneBatch_afterRelease_inTheOrderFirstMade() throws Exception {
        var sink = RecordingSink.fast();
        Session session = connected(sink);

        session.withLock(() -> {
            b.setValue("b1");
            // the flusher had its chance to (wrongly) send b1 alone: it is done, or it waits for this lock
            Waits.until(() -> core(session).outbox().flushIdle() || core(session).lockAwaited(), "the flusher's turn");
            a.setValue("a1");
            b.setValue("b2");
        });
        Waits.until(SessionCore.of(session)::isQuiet, "delivery");

        assertThat(sink.batches()).singleElement().satisfies(batch -> assertThat(batch.ops()).containsExactly(
                new Op.SetProp(b.id(), "value", "b2", 0), new Op.SetProp(a.id(), "value", "a1", 0)));
    }

    @Test
    void hold_deliversItsChangesTogether_withoutExcludingOthers() throws Exception {
        var sink = RecordingSink.fast();
        Session session = connected(sink);
        var other = new ArrayList<Boolean>();

        session.hold(() -> {
            a.setValue("a1");
            Thread other1 = Thread.ofPlatform().start(() -> {
                try {
                    session.withLock(() -> other.add(true));
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
            });
            other1.join(); // hold takes no lock: another thread gets the lock meanwhile
            // the flusher had its chance to (wrongly) send a1 alone, after the other thread's release
            Waits.until(core(session).outbox()::flushIdle, "the flusher's turn");
            assertThat(sink.batches()).as("nothing sent while held").isEmpty();
            b.setValue("b1");
        });
        Waits.until(SessionCore.of(session)::isQuiet, "delivery");

        assertThat(other).containsExactly(true);
        assertThat(sink.batches()).singleElement().satisfies(batch -> assertThat(batch.ops()).hasSize(2));
    }

    @Test
    void batches_areNumberedFromOne_withoutGaps() throws Exception {
        var sink = RecordingSink.fast();
        Session session = connected(sink);

        for (int i = 0; i < 5; i++) {
            a.setValue("v" + i);
            Waits.until(SessionCore.of(session)::isQuiet, "delivery");
        }

        assertThat(sink.batches()).extracting(Batch::seq).containsExactly(1L, 2L, 3L, 4L, 5L);
    }

    @Test
    void aReconnectWhileAFlushWaitsForTheLock_sendsLaterChangesToTheNewClient_numberedFromOne() throws Exception {
        var old = RecordingSink.fast();
        Session session = AppSession.open(s -> a, host).session();
        SessionCore.of(session).connect(old);
        var fresh = RecordingSink.fast();
        var locked = new CountDownLatch(1);
        var reconnect = new CountDownLatch(1);
        var snapshotValue = new AtomicReference<Object>();
        Thread holder = Thread.ofVirtual().start(() -> {
            try {
                session.withLock(() -> {
                    locked.countDown();
                    reconnect.await();
                    Node snapshot = SessionCore.of(session).connect(fresh); // the client reconnects
                    snapshotValue.set(snapshot.props().get("value"));
                    a.setValue("after"); // made after the snapshot: only the new client may get it
                });
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
        locked.await();
        a.setValue("before"); // the lane finds the lock held and hands the flush to a thread that waits for it
        Waits.until(core(session)::lockAwaited, "the flusher to wait for the lock");
        reconnect.countDown();
        holder.join();
        Waits.until(SessionCore.of(session)::isQuiet, "delivery");

        assertThat(snapshotValue.get()).isEqualTo("before");
        assertThat(fresh.sets(a.id(), "value")).extracting(Op.SetProp::value).containsExactly("after");
        assertThat(fresh.batches()).extracting(Batch::seq).containsExactly(1L);
        assertThat(old.sets(a.id(), "value")).extracting(Op.SetProp::value).doesNotContain("after");
    }

    @Test
    void hundredThreads_tenThousandSetsEach_onSharedComponents_loseNoFinalValue_andKeepEachWritersOrder()
            throws Exception {
        var texts = new ArrayList<StaticText>();
        for (int i = 0; i < 10; i++) {
            texts.add(new StaticText());
        }
        var view = new Row(texts.toArray());
        try (var first = TestSession.open(s -> view, host); var second = TestSession.open(s -> view, host)) {
            List<Thread> writers = new ArrayList<>();
            for (int t = 0; t < 100; t++) {
                int writer = t;
                writers.add(Thread.ofPlatform().start(() -> {
                    for (int i = 0; i < 10_000; i++) {
                        texts.get((writer + i) % texts.size()).setValue(writer + ":" + i);
                    }
                }));
            }
            for (Thread writer : writers) {
                writer.join();
            }
            first.awaitQuiet(Duration.ofSeconds(20));
            second.awaitQuiet(Duration.ofSeconds(20));

            for (TestSession page : List.of(first, second)) {
                for (StaticText text : texts) {
                    assertDeliveredInWriterOrder(page.client(), text);
                }
            }
        }
    }

    private static void assertDeliveredInWriterOrder(ClientMirror client, StaticText text) {
        List<Object> delivered = client.history(text.id(), "value").stream()
                .map(ClientMirror.Received::value).filter(v -> !"".equals(v)).toList();
        assertThat(delivered).as("last delivered value of %s", text).isNotEmpty().last().isEqualTo(text.getValue());
        // A value may be sent twice in a row (set again between a drain and its send), never come back later.
        Map<String, Integer> lastIndexByWriter = new HashMap<>();
        Object previousValue = null;
        for (Object value : delivered) {
            if (value.equals(previousValue)) {
                continue;
            }
            previousValue = value;
            String[] parts = ((String) value).split(":");
            int index = Integer.parseInt(parts[1]);
            Integer previous = lastIndexByWriter.put(parts[0], index);
            assertThat(previous == null || previous < index)
                    .as("writer %s: %s delivered after %s", parts[0], index, previous).isTrue();
        }
    }
}
