package org.panel4j.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.WebSocket;
import java.nio.ByteBuffer;
import java.time.Duration;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** Per-socket protections: no permessage-deflate, messages per second, server pings against idle timeouts. */
class SocketLimitsTest {

    @Test
    void permessageDeflate_offeredByTheClient_isNotNegotiated() throws Exception {
        var server = PanelServer.create(c -> c.port(0).app("/app", TestApps.clicks())).start();
        try {
            var boot = WsClient.page(server.port(), "/app");
            try (var raw = new RawWebSocket(server.port(), boot.ws() + "?token=" + boot.token(),
                    "Sec-WebSocket-Extensions: permessage-deflate; client_max_window_bits\r\n")) {
                assertThat(raw.responseHead).startsWith("HTTP/1.1 101");
                assertThat(raw.responseHead.toLowerCase()).doesNotContain("sec-websocket-extensions");
            }
        } finally {
            server.stop();
        }
    }

    @Test
    void messagesOverTheRate_areRefusedWithRateLimited_andNotApplied() throws Exception {
        var server = PanelServer.create(c -> c.port(0).maxMessagesPerSecond(5).app("/app", TestApps.clicks())).start();
        try {
            var client = WsClient.connect(server.port(), WsClient.page(server.port(), "/app"));
            JsonNode init = client.awaitType("init");
            String sync = WsClient.ids(init.get("root"), "Button").getFirst();
            String text = WsClient.ids(init.get("root"), "StaticText").getFirst();
            for (int i = 0; i < 30; i++) {
                client.click(sync);
            }
            // every click is either applied (the text counts it) or answered rate_limited; wait until all 30 are
            int applied = 0;
            int refused = 0;
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
            while (applied + refused < 30 && System.nanoTime() < deadline) {
                JsonNode m = client.inbox.poll(50, TimeUnit.MILLISECONDS);
                if (m != null && "error".equals(m.path("type").asText())) {
                    assertThat(m.get("code").asText()).isEqualTo("rate_limited");
                    refused++;
                } else if (m != null && WsClient.setOp(m, text, "value") != null) {
                    applied = Integer.parseInt(WsClient.setOp(m, text, "value").get("value").asText().substring(8));
                }
            }
            assertThat(applied + refused).isEqualTo(30);
            assertThat(applied).as("the burst of 5 plus what refilled while sending").isBetween(5, 15);
        } finally {
            server.stop();
        }
    }

    @Test
    void serverPings_keepAQuietSocketOpenPastTheIdleTimeout() throws Exception {
        var server = PanelServer.create(c -> c.port(0).idleTimeout(Duration.ofMillis(800))
                .pingInterval(Duration.ofMillis(150)).app("/app", TestApps.clicks())).start();
        try {
            var pings = new AtomicInteger();
            var closed = new java.util.concurrent.CompletableFuture<Integer>();
            WsClient.open(server.port(), WsClient.page(server.port(), "/app"), null, new WebSocket.Listener() {
                @Override
                public CompletionStage<?> onPing(WebSocket ws, ByteBuffer message) {
                    pings.incrementAndGet();
                    ws.request(1);
                    return null;
                }

                @Override
                public CompletionStage<?> onClose(WebSocket ws, int code, String reason) {
                    closed.complete(code);
                    return null;
                }
            }).get(5, TimeUnit.SECONDS);
            long start = System.nanoTime();
            while (pings.get() < 12 && !closed.isDone() && System.nanoTime() - start < TimeUnit.SECONDS.toNanos(10)) {
                Thread.sleep(20);
            }
            assertThat(closed).as("closed although pinged").isNotDone();
            assertThat(pings.get()).isGreaterThanOrEqualTo(12); // 12 pings take longer than two idle timeouts
        } finally {
            server.stop();
        }
    }
}
