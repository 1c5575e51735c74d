package org.panel4j.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.panel4j.layout.Column;
import org.panel4j.testkit.Heap;
import org.panel4j.widget.StaticText;

/**
 * A client that stops reading while its session pushes 64 KiB values: it is dropped after the write
 * timeout, memory stays bounded meanwhile, another session's round trip stays fast, and the stalled
 * page resyncs to the latest state when it comes back within the grace period.
 */
class SlowConsumerTest {

    private static final int TICKS = 400;

    @Test
    void clientThatStopsReading_isDropped_othersStayFast_andItResyncsOnReturn() throws Exception {
        var ticks = new AtomicInteger();
        var server = PanelServer.create(c -> c.port(0).writeTimeout(Duration.ofSeconds(2))
                .reconnectGrace(Duration.ofSeconds(30))
                .app("/fast", TestApps.clicks())
                .app("/flood", session -> {
                    var big = new StaticText();
                    session.addPeriodicCallback(tick -> {
                        int n = ticks.incrementAndGet();
                        if (n < TICKS) {
                            big.setValue(n + ":" + "x".repeat(64 * 1024));
                        } else if (n == TICKS) {
                            big.setValue("final");
                            tick.stop();
                        }
                    }, Duration.ofMillis(2));
                    return new Column(big);
                })).start();
        try {
            var fast = WsClient.connect(server.port(), WsClient.page(server.port(), "/fast"));
            JsonNode fastInit = fast.awaitType("init");
            String sync = WsClient.ids(fastInit.get("root"), "Button").getFirst();
            String text = WsClient.ids(fastInit.get("root"), "StaticText").getFirst();
            long baseline = Heap.usedAfterGc();
            var flood = WsClient.page(server.port(), "/flood");
            long maxHeap = baseline;
            String reconnect;
            try (var stalled = new RawWebSocket(server.port(), flood.ws() + "?token=" + flood.token(), "")) {
                assertThat(stalled.responseHead).startsWith("HTTP/1.1 101");
                // the page reads its init (and so its reconnect token), then stops reading
                reconnect = WsClient.JSON.readTree(stalled.readMessage()).get("reconnect").asText();
                Health.await(server.port(), "sockets", n -> n == 2, 5);
                long slowest = 0;
                for (int i = 1; i <= 5; i++) {
                    long start = System.nanoTime();
                    fast.click(sync);
                    String expected = "Clicked " + i;
                    fast.awaitSet(text, "value", v -> v.asText().equals(expected));
                    slowest = Math.max(slowest, System.nanoTime() - start);
                }
                // generous for a shared 2-core machine; a session stuck behind the stalled one would wait for its timeout
                assertThat(Duration.ofNanos(slowest)).isLessThan(Duration.ofSeconds(1));
                maxHeap = Math.max(maxHeap, Heap.usedAfterGc());
                // the stalled socket is dropped by the write timeout; the session stays
                Health.await(server.port(), "sockets", n -> n == 1, 15);
                assertThat(server.sessionCount()).isEqualTo(2);
                maxHeap = Math.max(maxHeap, Heap.usedAfterGc());
            }
            assertThat(maxHeap - baseline).as("heap growth while stalled (%d ticks of 64 KiB)", ticks.get())
                    .isLessThan(24L << 20);
            // the page comes back within the grace period: a fresh init with the latest state
            var back = WsClient.connect(server.port(), new WsClient.Boot(reconnect, flood.csrf(), flood.ws()));
            JsonNode init = back.awaitType("init");
            String big = WsClient.ids(init.get("root"), "StaticText").getFirst();
            if (!init.toString().contains("\"final\"")) {
                back.awaitSet(big, "value", v -> v.asText().equals("final"));
            }
        } finally {
            server.stop();
        }
    }
}
