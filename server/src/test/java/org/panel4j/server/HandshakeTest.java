package org.panel4j.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.net.http.WebSocket;
import java.net.http.WebSocketHandshakeException;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** Who may open a socket: origin allowlist, signed and expiring tokens, reconnects within grace. */
class HandshakeTest {

    private static int status(Throwable thrown) {
        Throwable cause = thrown instanceof ExecutionException ? thrown.getCause() : thrown;
        return ((WebSocketHandshakeException) cause).getResponse().statusCode();
    }

    private static void assertRefused(int port, WsClient.Boot boot, String origin) {
        assertThatThrownBy(() -> WsClient.open(port, boot, origin, new WsClient.Listener() {}).get(5, TimeUnit.SECONDS))
                .satisfies(e -> assertThat(status(e)).isEqualTo(403));
    }

    @Test
    void lookAlikeOrigin_isRefusedWith403_andTheAllowedOneOpens() throws Exception {
        var server = PanelServer.create(c -> c.port(0).app("/app", TestApps.clicks())
                .allowWebSocketOrigin("http://allowed.example")).start();
        try {
            assertRefused(server.port(), WsClient.page(server.port(), "/app"), "http://allowed.example.attacker.test");
            var ok = WsClient.open(server.port(), WsClient.page(server.port(), "/app"), "http://allowed.example",
                    new WsClient.Listener() {}).get(5, TimeUnit.SECONDS);
            assertThat(ok.isOutputClosed()).isFalse();
        } finally {
            server.stop();
        }
    }

    @Test
    void byDefault_onlyTheSameOriginOpens() throws Exception {
        var server = PanelServer.create(c -> c.port(0).app("/app", TestApps.clicks())).start();
        try {
            assertRefused(server.port(), WsClient.page(server.port(), "/app"), "http://evil.test");
            var ok = WsClient.open(server.port(), WsClient.page(server.port(), "/app"),
                    "http://127.0.0.1:" + server.port(), new WsClient.Listener() {}).get(5, TimeUnit.SECONDS);
            assertThat(ok.isOutputClosed()).isFalse();
        } finally {
            server.stop();
        }
    }

    @Test
    void forgedToken_isRefusedWith403() throws Exception {
        var server = PanelServer.create(c -> c.port(0).app("/app", TestApps.clicks())).start();
        try {
            var boot = WsClient.page(server.port(), "/app");
            String forged = boot.token().substring(0, boot.token().lastIndexOf('.') + 1) + "AAAA" + boot.token().substring(boot.token().lastIndexOf('.') + 5);
            assertRefused(server.port(), new WsClient.Boot(forged, boot.csrf(), boot.ws()), null);
            assertRefused(server.port(), new WsClient.Boot("nonsense", boot.csrf(), boot.ws()), null);
        } finally {
            server.stop();
        }
    }

    @Test
    void missingToken_isRefusedWith403_andATokenAmongOtherParametersOpens() throws Exception {
        var server = PanelServer.create(c -> c.port(0).app("/app", TestApps.clicks())).start();
        try {
            var boot = WsClient.page(server.port(), "/app");
            String base = "ws://127.0.0.1:" + server.port() + boot.ws();
            for (String refused : List.of(base, base + "?other=1", base + "?token=")) {
                assertThatThrownBy(() -> openAt(refused).get(5, TimeUnit.SECONDS))
                        .as(refused).satisfies(e -> assertThat(status(e)).isEqualTo(403));
            }
            var ok = openAt(base + "?v=1&token=" + boot.token() + "&x=").get(5, TimeUnit.SECONDS);
            assertThat(ok.isOutputClosed()).isFalse();
        } finally {
            server.stop();
        }
    }

    private static CompletableFuture<WebSocket> openAt(String uri) {
        return WsClient.HTTP.newWebSocketBuilder().connectTimeout(Duration.ofSeconds(5))
                .buildAsync(URI.create(uri), new WsClient.Listener() {});
    }

    @Test
    void expiredToken_ofANeverConnectedPage_isRefusedWith403_andItsAppNeverRan() throws Exception {
        var built = new AtomicInteger();
        var server = PanelServer.create(c -> c.port(0).tokenTtl(Duration.ofMillis(300)).app("/app", session -> {
            built.incrementAndGet();
            return TestApps.clicks().build(session);
        })).start();
        try {
            var boot = WsClient.page(server.port(), "/app");
            Thread.sleep(600); // let the token outlive its 300 ms
            assertRefused(server.port(), boot, null);
            assertThat(built).as("app factory runs").hasValue(0);
            assertThat(server.sessionCount()).isZero();
        } finally {
            server.stop();
        }
    }

    @Test
    void reconnectWithinGrace_getsAFreshInitOfTheSameSessionWithCurrentState() throws Exception {
        var server = PanelServer.create(c -> c.port(0).app("/app", TestApps.clicks())).start();
        try {
            var boot = WsClient.page(server.port(), "/app");
            var first = WsClient.connect(server.port(), boot);
            var init = first.awaitType("init");
            String slider = WsClient.ids(init.get("root"), "IntSlider").getFirst();
            first.set(slider, "value", 9);
            first.awaitSet(slider, "value", v -> v.asInt() == 9);
            first.close();
            first.closed.get(5, TimeUnit.SECONDS);

            var second = WsClient.connect(server.port(), first.reconnectBoot());
            var again = second.awaitType("init");

            assertThat(again.at("/root/id").asText()).isEqualTo(init.at("/root/id").asText());
            assertThat(again.at("/root/props/children/4/props/value").asInt()).isEqualTo(9);
            assertThat(server.sessionCount()).isEqualTo(1);
        } finally {
            server.stop();
        }
    }

    @Test
    void aSessionThatLosesItsSocket_endsAfterTheGracePeriod() throws Exception {
        var server = PanelServer.create(c -> c.port(0).reconnectGrace(Duration.ofMillis(100)).app("/app", TestApps.clicks())).start();
        try {
            var client = WsClient.connect(server.port(), WsClient.page(server.port(), "/app"));
            client.awaitType("init");
            assertThat(server.sessionCount()).isEqualTo(1);
            client.abort();
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
            while (server.sessionCount() > 0 && System.nanoTime() < deadline) {
                Thread.sleep(10);
            }
            assertThat(server.sessionCount()).isZero();
        } finally {
            server.stop();
        }
    }

    @Test
    void stop_closesSocketsWith1001_andTwiceIsHarmless() throws Exception {
        var server = PanelServer.create(c -> c.port(0).app("/app", TestApps.clicks())).start();
        var client = WsClient.connect(server.port(), WsClient.page(server.port(), "/app"));
        client.awaitType("init");

        server.stop();
        server.stop();

        assertThat(client.closed.get(5, TimeUnit.SECONDS)).isEqualTo(1001);
        assertThat(server.sessionCount()).isZero();
    }
}
