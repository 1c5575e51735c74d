package org.panel4j.plot;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;
import org.panel4j.layout.Column;
import org.panel4j.session.Batch;
import org.panel4j.session.ClientSink;
import org.panel4j.session.Op;
import org.panel4j.testing.ClientData;
import org.panel4j.testing.TestSession;
import org.panel4j.testkit.Waits;

class StreamDeliveryTest {

    private static final Duration WAIT = Duration.ofSeconds(10);

    private static Map<String, Object> rows(double[] task, double[] seq) {
        var map = new LinkedHashMap<String, Object>();
        map.put("task", task);
        map.put("seq", seq);
        return map;
    }

    private static Figure plotOf(ColumnDataSource source) {
        var figure = new Figure("t");
        figure.line(source, "task", "seq");
        return figure;
    }

    private static void awaitClient(TestSession page, ColumnDataSource source, java.util.function.Predicate<ClientData> done) {
        Waits.until(() -> {
            ClientData data = page.client().data(source.id());
            return data != null && done.test(data);
        }, WAIT, () -> {
            ClientData data = page.client().data(source.id());
            return "client data of " + source + " to match; last length " + (data == null ? "none" : data.length());
        });
    }

    private static void assertClientEqualsServer(TestSession page, ColumnDataSource source) {
        awaitClient(page, source, data -> data.length() == source.length());
        page.awaitQuiet(WAIT);
        ClientData data = page.client().data(source.id());
        assertThat(data.doubles("task")).containsExactly(source.doubles("task"));
        assertThat(data.doubles("seq")).containsExactly(source.doubles("seq"));
    }

    @Test
    void streamsFromFiftyAsyncTasksAtOnce_keepEveryRowAndEachTasksOrder_onServerAndClient() throws Exception {
        var source = new ColumnDataSource(rows(new double[0], new double[0]));
        int tasks = 50;
        int calls = 40;
        try (var page = TestSession.open(session -> new Column(plotOf(source)))) {
            var go = new CountDownLatch(1);
            for (int t = 0; t < tasks; t++) {
                int task = t;
                page.session().submit((session, handle) -> {
                    go.await();
                    for (int call = 0; call < calls; call++) {
                        source.stream(rows(new double[] {task, task, task}, new double[] {3 * call, 3 * call + 1, 3 * call + 2}));
                    }
                });
            }
            go.countDown();
            page.awaitQuiet(WAIT);
            assertThat(source.length()).isEqualTo(tasks * calls * 3);
            assertEachTaskInOrder(source.doubles("task"), source.doubles("seq"), tasks, calls * 3);
            assertClientEqualsServer(page, source);
            ClientData client = page.client().data(source.id());
            assertEachTaskInOrder(client.doubles("task"), client.doubles("seq"), tasks, calls * 3);
        }
    }

    private static void assertEachTaskInOrder(double[] task, double[] seq, int tasks, int perTask) {
        var seen = new ArrayList<List<Double>>();
        for (int t = 0; t < tasks; t++) {
            seen.add(new ArrayList<>());
        }
        for (int i = 0; i < task.length; i++) {
            seen.get((int) task[i]).add(seq[i]);
        }
        for (int t = 0; t < tasks; t++) {
            var expected = new ArrayList<Double>();
            for (int s = 0; s < perTask; s++) {
                expected.add((double) s);
            }
            assertThat(seen.get(t)).as("rows of task %d", t).isEqualTo(expected);
        }
    }

    @Test
    void rollover_keepsExactlyTheLastNRows_onServerAndClient_andOnlyNewRowsTravel() {
        var source = new ColumnDataSource(rows(new double[] {0}, new double[] {0}));
        try (var page = TestSession.open(session -> new Column(plotOf(source)))) {
            for (int i = 1; i <= 30; i++) {
                source.stream(rows(new double[] {i, i}, new double[] {i, -i}), 9);
            }
            assertClientEqualsServer(page, source);
            assertThat(source.length()).isEqualTo(9);
            assertThat(source.doubles("task")).containsExactly(26, 27, 27, 28, 28, 29, 29, 30, 30);
            for (Batch batch : page.client().batches()) {
                for (Op op : batch.ops()) {
                    if (op instanceof Op.StreamRows stream) {
                        assertThat(((double[]) stream.columns().get("task")).length).isLessThanOrEqualTo(9);
                    }
                }
            }
        }
    }

    @Test
    void patch_reachesTheClient_andEditsOnlyTheNamedRows() {
        var source = new ColumnDataSource(rows(new double[] {0, 1, 2, 3}, new double[] {0, 1, 2, 3}));
        try (var page = TestSession.open(session -> new Column(plotOf(source)))) {
            source.patch("seq", new int[] {1, 3}, new double[] {-1, -3});
            awaitClient(page, source, data -> data.doubles("seq")[3] == -3);
            assertThat(page.client().data(source.id()).doubles("seq")).containsExactly(0, -1, 2, -3);
            assertThat(page.client().data(source.id()).doubles("task")).containsExactly(0, 1, 2, 3);
        }
    }

    @Test
    void setDataThenStream_whilePending_deliverTheReplaceWithTheStreamFoldedIn() throws Exception {
        var source = new ColumnDataSource(rows(new double[] {0, 1}, new double[] {0, 1}));
        try (var page = TestSession.open(session -> new Column(plotOf(source)))) {
            page.session().withLock(() -> {
                source.stream(rows(new double[] {2}, new double[] {2}));
                source.setData(rows(new double[] {10}, new double[] {10}));
                source.stream(rows(new double[] {11, 12}, new double[] {11, 12}), 2);
                source.patch("seq", new int[] {0}, new double[] {-11});
            });
            assertClientEqualsServer(page, source);
            assertThat(source.doubles("seq")).containsExactly(-11, 12);
        }
    }

    @Test
    void disconnectedClient_tenThousandStreams_endsEqualToServerAfterReconnect() {
        var source = new ColumnDataSource(rows(new double[] {0}, new double[] {0}));
        try (var page = TestSession.open(session -> new Column(plotOf(source)))) {
            page.disconnect();
            for (int i = 0; i < 10_000; i++) {
                double v = 5.0 * i;
                source.stream(rows(new double[] {v, v + 1, v + 2, v + 3, v + 4}, new double[] {i, i, i, i, i}), 100);
            }
            page.connect();
            assertClientEqualsServer(page, source);
            assertThat(source.length()).isEqualTo(100);
        }
    }

    @Test
    void blockedClient_tenThousandStreams_getOneMergedStreamOfAtMostTheRollover_andEndsEqual() throws Exception {
        var source = new ColumnDataSource(rows(new double[] {0}, new double[] {0}));
        var release = new CompletableFuture<Void>();
        var blocking = new AtomicBoolean(true);
        var blocked = new CountDownLatch(1);
        try (var page = TestSession.open(session -> new Column(plotOf(source)))) {
            page.connectThrough(mirror -> (ClientSink) batch -> {
                if (blocking.get()) { // a slow client: this write stays pending until released
                    blocked.countDown();
                    return release.thenCompose(ignored -> mirror.send(batch));
                }
                return mirror.send(batch);
            });
            source.stream(rows(new double[] {-1}, new double[] {-1}), 100);
            assertThat(blocked.await(10, java.util.concurrent.TimeUnit.SECONDS)).isTrue();
            for (int i = 0; i < 10_000; i++) {
                double v = 5.0 * i;
                source.stream(rows(new double[] {v, v + 1, v + 2, v + 3, v + 4}, new double[] {i, i, i, i, i}), 100);
            }
            blocking.set(false);
            release.complete(null);
            assertClientEqualsServer(page, source);
            List<Batch> batches = page.client().batches();
            assertThat(batches).hasSize(2);
            var merged = (Op.StreamRows) batches.get(1).ops().getFirst();
            assertThat((double[]) merged.columns().get("task")).hasSize(100);
            assertThat(merged.rollover()).isEqualTo(100);
        }
    }
}
