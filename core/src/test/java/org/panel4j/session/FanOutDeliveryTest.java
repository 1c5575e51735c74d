package org.panel4j.session;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.panel4j.AppSession;
import org.panel4j.layout.Column;
import org.panel4j.testing.Waits;
import org.panel4j.widget.StaticText;

/**
 * A component shown in many sessions: its changes are flushed by the host's fan-out lane. Every session
 * gets every final value in order, a client whose write stays pending holds up nobody else, and a
 * session's own change never waits behind such a burst.
 */
class FanOutDeliveryTest {

    private final SessionHost host = SessionHost.create();
    private final StaticText shared = new StaticText();

    @AfterEach
    void closeHost() {
        host.close();
    }

    private Session showing(ClientSink sink) {
        Session session = AppSession.open(s -> shared, host).session();
        session.connect(sink);
        return session;
    }

    @Test
    void fiveHundredSessions_thousandSets_eachGetsTheFinalValue_inTheOrderSet() throws Exception {
        List<RecordingSink> sinks = new ArrayList<>();
        List<Session> sessions = new ArrayList<>();
        for (int i = 0; i < 500; i++) {
            RecordingSink sink = RecordingSink.fast();
            sinks.add(sink);
            sessions.add(showing(sink));
        }

        for (int i = 0; i <= 1_000; i++) {
            shared.setValue("v" + i);
        }
        for (Session session : sessions) {
            Waits.until(session::isQuiet, "delivery to " + session.shortId());
        }

        for (RecordingSink sink : sinks) {
            assertThat(numbers(sink.sets(shared.id(), "value"))).isSorted().last().isEqualTo(1_000);
        }
    }

    @Test
    void aClientWhoseWriteStaysPending_holdsUpNobody_andGetsTheFinalValueOnceItReads() throws Exception {
        RecordingSink slow = RecordingSink.blocking();
        Session slowSession = showing(slow);
        List<RecordingSink> others = new ArrayList<>();
        for (int i = 0; i < 50; i++) {
            RecordingSink sink = RecordingSink.fast();
            others.add(sink);
            showing(sink);
        }
        shared.setValue("first");
        slow.awaitFirstSend();

        for (int i = 1; i <= 10_000; i++) {
            shared.setValue("v" + i);
        }
        for (RecordingSink sink : others) {
            Waits.until(() -> lastValue(sink).equals("v10000"), "the others to get the final value");
        }
        assertThat(slowSession.isQuiet()).as("the slow client's write is still pending").isFalse();
        assertThat(slow.batches()).hasSize(1);

        slow.unblock();
        Waits.until(slowSession::isQuiet, "the slow client's delivery");
        assertThat(lastValue(slow)).isEqualTo("v10000");
        assertThat(slow.batches()).as("the pending write, then the coalesced rest").hasSizeLessThanOrEqualTo(2);
    }

    @Test
    void aWriteThatFails_disconnectsOnlyThatClient_whichResyncsOnReconnect() throws Exception {
        List<Batch> failed = new java.util.concurrent.CopyOnWriteArrayList<>();
        Session broken = showing(batch -> {
            failed.add(batch);
            return CompletableFuture.failedFuture(new java.io.IOException("connection reset"));
        });
        RecordingSink healthy = RecordingSink.fast();
        showing(healthy);

        shared.setValue("one");
        Waits.until(broken::isQuiet, "the failed write to be over");
        shared.setValue("two");
        Waits.until(() -> lastValue(healthy).equals("two"), "the healthy client to get 'two'");

        assertThat(failed).as("nothing is sent to a client whose write failed").hasSize(1);
        Node snapshot = broken.connect(RecordingSink.fast());
        assertThat(snapshot.props()).containsEntry("value", "two");
    }

    @Test
    void aSessionsOwnChange_queuedBehindABurst_isSentWithoutWaitingForIt() throws Exception {
        // 200 viewers whose writes each take 5 ms: one change of the shared text keeps the fan-out lane busy
        var burstDelivered = new AtomicInteger();
        for (int i = 0; i < 200; i++) {
            showing(batch -> {
                sleep(Duration.ofMillis(5));
                if (batch.ops().stream().anyMatch(op -> op instanceof Op.SetProp set && "burst".equals(set.value()))) {
                    burstDelivered.incrementAndGet();
                }
                return CompletableFuture.completedFuture(null);
            });
        }
        var mine = new StaticText();
        RecordingSink last = RecordingSink.fast();
        Session lastSession = AppSession.open(s -> new Column(shared, mine), host).session();
        lastSession.connect(last);
        var deliveredWhenMineArrived = new AtomicInteger(-1);

        shared.setValue("burst"); // the last viewer's outbox is queued at the back of the burst
        mine.setValue("click");
        Waits.until(() -> {
            boolean arrived = !last.sets(mine.id(), "value").isEmpty();
            if (arrived) {
                deliveredWhenMineArrived.compareAndSet(-1, burstDelivered.get());
            }
            return arrived;
        }, "the own change");

        assertThat(deliveredWhenMineArrived.get()).as("viewers served before the own change went out")
                .isLessThan(100);
        Waits.until(() -> burstDelivered.get() == 200, "the burst to reach every viewer");
        Waits.until(lastSession::isQuiet, "the last viewer's delivery");
        assertThat(lastValue(last)).isEqualTo("burst");
    }

    @Test
    void ownAndSharedChangesRacing_fromManyVirtualThreads_loseNothing_andKeepTheirOrder() throws Exception {
        // each own change can find its outbox queued on the fan-out lane, and move it to the own lane
        int sessions = 100;
        int ownSets = 200;
        int sharedSets = 500;
        List<RecordingSink> sinks = new ArrayList<>();
        List<StaticText> owns = new ArrayList<>();
        List<Session> all = new ArrayList<>();
        for (int i = 0; i < sessions; i++) {
            var own = new StaticText();
            RecordingSink sink = RecordingSink.fast();
            Session session = AppSession.open(s -> new Column(shared, own), host).session();
            session.connect(sink);
            owns.add(own);
            sinks.add(sink);
            all.add(session);
        }

        try (var threads = Executors.newVirtualThreadPerTaskExecutor()) {
            threads.submit(() -> {
                for (int v = 0; v < sharedSets; v++) {
                    shared.setValue("v" + v);
                }
            });
            for (StaticText own : owns) {
                threads.submit(() -> {
                    for (int v = 0; v < ownSets; v++) {
                        own.setValue("o" + v);
                    }
                });
            }
        }
        for (Session session : all) {
            Waits.until(session::isQuiet, "delivery to " + session.shortId());
        }

        for (int i = 0; i < sessions; i++) {
            assertThat(numbers(sinks.get(i).sets(shared.id(), "value"))).isSorted().last().isEqualTo(sharedSets - 1);
            assertThat(numbers(sinks.get(i).sets(owns.get(i).id(), "value"))).isSorted().last().isEqualTo(ownSets - 1);
        }
    }

    private static List<Integer> numbers(List<Op.SetProp> sets) {
        return sets.stream().map(set -> Integer.parseInt(((String) set.value()).substring(1))).toList();
    }

    @Test
    void fanOutSendsRunOnAPlatformThread_ownSendsOnAVirtualOne() throws Exception {
        var threads = new ConcurrentLinkedQueue<Thread>();
        var mine = new StaticText();
        Session session = AppSession.open(s -> new Column(shared, mine), host).session();
        session.connect(batch -> {
            threads.add(Thread.currentThread());
            return CompletableFuture.completedFuture(null);
        });
        showing(RecordingSink.fast());

        shared.setValue("shared");
        Waits.until(session::isQuiet, "the fan-out flush");
        Thread fanOut = threads.poll();
        mine.setValue("own");
        Waits.until(session::isQuiet, "the own flush");
        Thread own = threads.poll();

        assertThat(fanOut).isNotNull().matches(t -> !t.isVirtual(), "is a platform thread")
                .extracting(Thread::getName).isEqualTo("panel4j-fan-out");
        assertThat(own).isNotNull().matches(Thread::isVirtual, "is a virtual thread");
    }

    private static void sleep(Duration duration) {
        try {
            Thread.sleep(duration);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private String lastValue(RecordingSink sink) {
        List<Op.SetProp> sets = sink.sets(shared.id(), "value");
        return sets.isEmpty() ? "" : String.valueOf(sets.getLast().value());
    }
}
