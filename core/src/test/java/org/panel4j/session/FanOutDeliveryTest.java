package org.panel4j.session;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.LockSupport;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.Test;
import org.panel4j.AppSession;
import org.panel4j.layout.Column;
import org.panel4j.session.internal.SessionCore;
import org.panel4j.testkit.Waits;
import org.panel4j.widget.StaticText;

/**
 * A component shown in many sessions: its changes are flushed by the host's fan-out lane. Every session
 * gets every final value in order, a client whose write stays pending holds up nobody else, and a
 * session's own change never waits behind such a burst.
 */
class FanOutDeliveryTest {

    private final SessionHost host = SessionHost.create();
    private final StaticText shared = new StaticText();
    private final ScheduledExecutorService later = Executors.newSingleThreadScheduledExecutor();

    @AfterEach
    void closeHost() {
        host.close();
        later.shutdownNow();
    }

    private Session showing(ClientSink sink) {
        Session session = AppSession.open(s -> shared, host).session();
        SessionCore.of(session).connect(sink);
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
            Waits.until(SessionCore.of(session)::isQuiet, "delivery to " + session.shortId());
        }

        for (RecordingSink sink : sinks) {
            assertThat(numbers(sink.sets(shared.id(), "value"))).isSorted().last().isEqualTo(1_000);
        }
    }

    @Test
    void aSetRacingTheFlushThatReadsThePreviousValue_isNeverLost() throws Exception {
        // a repeated change of a shared property skips the outbox's lock while the previous one still waits
        // (decision 0028): each burst's last set races the lane's flushes, and must still reach every session
        List<RecordingSink> sinks = new ArrayList<>();
        List<Session> sessions = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            RecordingSink sink = RecordingSink.fast();
            sinks.add(sink);
            sessions.add(showing(sink));
        }
        for (int round = 0; round < 300; round++) {
            int burst = 1 + ThreadLocalRandom.current().nextInt(40);
            for (int i = 0; i < burst; i++) {
                shared.setValue("x" + i);
            }
            String last = "end" + round;
            shared.setValue(last);
            for (RecordingSink sink : sinks) {
                Waits.until(() -> lastValue(sink).equals(last), "round " + round + "'s last value in every session");
            }
        }
        for (Session session : sessions) {
            Waits.until(SessionCore.of(session)::isQuiet, "delivery to " + session.shortId());
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
        assertThat(SessionCore.of(slowSession).isQuiet()).as("the slow client's write is still pending").isFalse();
        assertThat(slow.batches()).hasSize(1);

        slow.unblock();
        Waits.until(SessionCore.of(slowSession)::isQuiet, "the slow client's delivery");
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
        Waits.until(SessionCore.of(broken)::isQuiet, "the failed write to be over");
        shared.setValue("two");
        Waits.until(() -> lastValue(healthy).equals("two"), "the healthy client to get 'two'");

        assertThat(failed).as("nothing is sent to a client whose write failed").hasSize(1);
        Node snapshot = SessionCore.of(broken).connect(RecordingSink.fast());
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
        SessionCore.of(lastSession).connect(last);
        var deliveredWhenMineArrived = new AtomicInteger(-1);

        shared.setValue("burst"); // the last viewer's outbox is queued at the back of the burst
        mine.setValue("click");
        Waits.until(() -> {
            boolean arrived = !last.sets(mine.id(), "value").isEmpty();
            if (arrived) {
                deliveredWhenMineArrived.compareAndSet(-1, burstDelivered.get());
            }
            return arrived;
        }, Duration.ofSeconds(30), "the own change");

        assertThat(deliveredWhenMineArrived.get()).as("viewers served before the own change went out")
                .isLessThan(100);
        // 200 writes of 5 ms one after the other: about a second when idle, much longer on a busy machine
        Waits.until(() -> burstDelivered.get() == 200, Duration.ofSeconds(60), "the burst to reach every viewer");
        Waits.until(SessionCore.of(lastSession)::isQuiet, Duration.ofSeconds(30), "the last viewer's delivery");
        assertThat(lastValue(last)).isEqualTo("burst");
    }

    @RepeatedTest(5)
    void ownAndSharedChangesRacing_fromManyVirtualThreads_loseNothing_keepTheirOrder_andNeverOverlap() throws Exception {
        // each own change can find its outbox queued on the fan-out lane and move it to the own lane; own
        // changes come plain, held and under the lock; a quarter of the writes complete later
        int sessions = 60;
        int ownSets = 300;
        int sharedSets = 400;
        List<CheckingSink> sinks = new ArrayList<>();
        List<StaticText> owns = new ArrayList<>();
        List<Session> all = new ArrayList<>();
        for (int i = 0; i < sessions; i++) {
            var own = new StaticText();
            var sink = new CheckingSink(later);
            Session session = AppSession.open(s -> new Column(shared, own), host).session();
            SessionCore.of(session).connect(sink);
            owns.add(own);
            sinks.add(sink);
            all.add(session);
        }

        try (var threads = Executors.newVirtualThreadPerTaskExecutor()) {
            threads.submit(() -> {
                for (int v = 0; v < sharedSets; v++) {
                    shared.setValue("v" + v);
                    LockSupport.parkNanos(50_000);
                }
            });
            for (int i = 0; i < sessions; i++) {
                StaticText own = owns.get(i);
                Session session = all.get(i);
                threads.submit(() -> {
                    var random = ThreadLocalRandom.current();
                    for (int v = 0; v < ownSets; v++) {
                        String value = "o" + v;
                        switch (random.nextInt(3)) {
                            case 0 -> own.setValue(value);
                            case 1 -> session.hold(() -> own.setValue(value));
                            default -> session.withLock(() -> own.setValue(value));
                        }
                        if (random.nextInt(3) == 0) {
                            LockSupport.parkNanos(30_000);
                        }
                    }
                    return null;
                });
            }
        }
        for (Session session : all) {
            Waits.until(SessionCore.of(session)::isQuiet, "delivery to " + session.shortId());
        }

        for (int i = 0; i < sessions; i++) {
            CheckingSink sink = sinks.get(i);
            assertThat(sink.violations).isEmpty();
            assertThat(numbers(sink.sets(shared.id()))).isSorted().last().isEqualTo(sharedSets - 1);
            assertThat(numbers(sink.sets(owns.get(i).id()))).isSorted().last().isEqualTo(ownSets - 1);
        }
    }

    /** Records batches, notes a send that overlaps another or a number out of sequence; some writes end later. */
    private static final class CheckingSink implements ClientSink {
        private final ScheduledExecutorService later;
        private final List<Batch> batches = new CopyOnWriteArrayList<>();
        private final List<String> violations = new CopyOnWriteArrayList<>();
        private final AtomicBoolean writing = new AtomicBoolean();
        private volatile long lastSeq;

        CheckingSink(ScheduledExecutorService later) {
            this.later = later;
        }

        @Override
        public CompletionStage<?> send(Batch batch) {
            if (!writing.compareAndSet(false, true)) {
                violations.add("batch " + batch.seq() + " sent while another was being written");
            }
            if (batch.seq() != lastSeq + 1) {
                violations.add("batch " + batch.seq() + " after " + lastSeq);
            }
            lastSeq = batch.seq();
            batches.add(batch);
            if (ThreadLocalRandom.current().nextInt(4) == 0) {
                var written = new CompletableFuture<Void>();
                later.schedule(() -> {
                    writing.set(false);
                    written.complete(null);
                }, 200, TimeUnit.MICROSECONDS);
                return written;
            }
            writing.set(false);
            return CompletableFuture.completedFuture(null);
        }

        List<Op.SetProp> sets(String id) {
            return batches.stream().flatMap(b -> b.ops().stream())
                    .filter(op -> op instanceof Op.SetProp set && set.id().equals(id) && set.prop().equals("value"))
                    .map(Op.SetProp.class::cast).toList();
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
        SessionCore.of(session).connect(batch -> {
            threads.add(Thread.currentThread());
            return CompletableFuture.completedFuture(null);
        });
        showing(RecordingSink.fast());

        shared.setValue("shared");
        Waits.until(SessionCore.of(session)::isQuiet, "the fan-out flush");
        Thread fanOut = threads.poll();
        mine.setValue("own");
        Waits.until(SessionCore.of(session)::isQuiet, "the own flush");
        Thread own = threads.poll();

        assertThat(fanOut).isNotNull().matches(t -> !t.isVirtual(), "is a platform thread")
                .extracting(Thread::getName).isEqualTo("panel4j-fan-out");
        assertThat(own).isNotNull().matches(Thread::isVirtual, "is a virtual thread");
    }

    @Test
    void withTwoFanOutWorkers_aSendThatBlocks_leavesTheOtherWorkerToTheNextSession() throws Exception {
        assertThat(sendsUnderWayAtOnce(2)).isEqualTo(2);
    }

    @Test
    void withOneFanOutWorker_aSendThatBlocks_holdsUpTheNextSession() throws Exception {
        assertThat(sendsUnderWayAtOnce(1)).isEqualTo(1);
    }

    /**
     * Two sessions show a shared text whose sends block until released: how many of the two fan-out sends
     * are under way at once, 400 ms after the set, on a host with {@code workers} fan-out workers.
     */
    private static int sendsUnderWayAtOnce(int workers) throws Exception {
        var release = new CountDownLatch(1);
        var inside = new AtomicInteger();
        var names = new ConcurrentLinkedQueue<String>();
        ClientSink blocking = batch -> {
            names.add(Thread.currentThread().getName());
            inside.incrementAndGet();
            try {
                release.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return CompletableFuture.completedFuture(null);
        };
        try (SessionHost host = SessionHost.create(config -> config.fanOutWorkers(workers))) {
            var text = new StaticText();
            for (int i = 0; i < 2; i++) {
                SessionCore.of(AppSession.open(s -> text, host).session()).connect(blocking);
            }
            text.setValue("shared");
            Waits.until(() -> inside.get() >= 1, "a fan-out send");
            Thread.sleep(400); // time for a second worker, if there is one, to take the other session
            int underWay = inside.get();
            release.countDown();
            Waits.until(() -> inside.get() == 2, "both sends");
            assertThat(names).containsOnly("panel4j-fan-out");
            return underWay;
        }
    }

    @Test
    void fanOutWorkers_outsideOneTo256_isRefusedWithTheRange() {
        for (int bad : new int[] {0, -1, 257}) {
            assertThatThrownBy(() -> SessionHost.create(config -> config.fanOutWorkers(bad)))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessage("fanOutWorkers must be between 1 and 256, not " + bad);
        }
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
