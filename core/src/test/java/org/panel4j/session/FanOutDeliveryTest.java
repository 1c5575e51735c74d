package org.panel4j.session;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.panel4j.AppSession;
import org.panel4j.testing.Waits;
import org.panel4j.widget.StaticText;

/**
 * A component shown in many sessions: its changes are flushed by the host's fan-out lane. Every session
 * gets every final value in order, and a client whose write stays pending holds up nobody else.
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
            List<Integer> seen = sink.sets(shared.id(), "value").stream()
                    .map(set -> Integer.parseInt(((String) set.value()).substring(1))).toList();
            assertThat(seen).isSorted().last().isEqualTo(1_000);
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

    private String lastValue(RecordingSink sink) {
        List<Op.SetProp> sets = sink.sets(shared.id(), "value");
        return sets.isEmpty() ? "" : String.valueOf(sets.getLast().value());
    }
}
