package org.panel4j.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.http.HttpResponse;
import java.net.http.WebSocketHandshakeException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.panel4j.App;

/**
 * Sessions in total and per client address are limited, with a clear refusal; a session takes its slot
 * only when its page's socket connects, and gives it back when it ends; behind a trusted proxy the
 * client is the forwarded one.
 */
class AdmissionTest {

    private static int refusedStatus(Map<String, String> headers, int port, WsClient.Boot boot) {
        var thrown = new AtomicInteger();
        assertThatThrownBy(() -> WsClient.connect(port, boot, headers))
                .isInstanceOf(ExecutionException.class)
                .satisfies(e -> thrown.set(((WebSocketHandshakeException) e.getCause()).getResponse().statusCode()));
        return thrown.get();
    }

    private static int refusedStatus(int port, WsClient.Boot boot) {
        return refusedStatus(Map.of(), port, boot);
    }

    private static Map<String, String> forwardedFor(String hops) {
        return Map.of("X-Forwarded-For", hops);
    }

    @Test
    void aThousandPagesThatNeverConnect_runNoAppCode_andTakeNoSlot() throws Exception {
        var built = new AtomicInteger();
        var ticks = new AtomicInteger();
        App periodic = session -> {
            built.incrementAndGet();
            session.addPeriodicCallback(tick -> ticks.incrementAndGet(), Duration.ofMillis(10));
            return TestApps.clicks().build(session);
        };
        var server = PanelServer.create(c -> c.port(0).maxSessions(2).maxSessionsPerAddress(2).app("/periodic", periodic)).start();
        try {
            for (int i = 0; i < 1000; i++) {
                assertThat(WsClient.get(server.port(), "/periodic").statusCode()).isEqualTo(200);
            }
            assertThat(built).as("app factory runs for unconnected pages").hasValue(0);
            assertThat(ticks).as("periodic ticks for unconnected pages").hasValue(0);
            assertThat(server.sessionCount()).isZero();
            assertThat(Health.read(server.port()).get("sessions").asInt()).isZero();

            var client = WsClient.connect(server.port(), WsClient.page(server.port(), "/periodic"));
            client.awaitType("init");
            assertThat(built).as("the connected page's session was built").hasValue(1);
            Health.await(server.port(), "sessions", n -> n == 1, 5);
            long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
            while (ticks.get() == 0 && System.nanoTime() < deadline) {
                Thread.sleep(10);
            }
            assertThat(ticks.get()).as("its periodic callback runs once connected").isPositive();
        } finally {
            server.stop();
        }
    }

    @Test
    void perAddressLimit_countsConnectedSessions_refusesBeyondWith429_untilOneEnds() throws Exception {
        var server = PanelServer.create(c -> c.port(0).maxSessions(10).maxSessionsPerAddress(2)
                .reconnectGrace(Duration.ofMillis(300)).app("/app", TestApps.clicks())).start();
        try {
            var pages = new ArrayList<WsClient.Boot>();
            for (int i = 0; i < 3; i++) {
                pages.add(WsClient.page(server.port(), "/app")); // unconnected pages take no slot
            }
            var first = WsClient.connect(server.port(), pages.get(0));
            first.awaitType("init");
            WsClient.connect(server.port(), pages.get(1)).awaitType("init");

            assertThat(refusedStatus(server.port(), pages.get(2))).isEqualTo(429);
            HttpResponse<String> page = WsClient.get(server.port(), "/app");
            assertThat(page.statusCode()).as("a page the socket would be refused for says so").isEqualTo(429);
            assertThat(page.body()).contains("Too many open pages from your address");
            assertThat(server.sessionCount()).isEqualTo(2);

            first.abort(); // its session ends after the grace period and gives its slot back
            Health.await(server.port(), "sessions", n -> n == 1, 10);
            WsClient.connect(server.port(), pages.get(2)).awaitType("init"); // the refused page's token still opens
            assertThat(server.sessionCount()).isEqualTo(2);
        } finally {
            server.stop();
        }
    }

    @Test
    void totalLimit_refusesConnectedSessionsBeyondWith503() throws Exception {
        var server = PanelServer.create(c -> c.port(0).maxSessions(2).maxSessionsPerAddress(2)
                .app("/app", TestApps.clicks())).start();
        try {
            var late = WsClient.page(server.port(), "/app");
            WsClient.connect(server.port(), WsClient.page(server.port(), "/app")).awaitType("init");
            WsClient.connect(server.port(), WsClient.page(server.port(), "/app")).awaitType("init");
            assertThat(refusedStatus(server.port(), late)).isEqualTo(503);
            HttpResponse<String> page = WsClient.get(server.port(), "/app");
            assertThat(page.statusCode()).isEqualTo(503);
            assertThat(page.body()).contains("at its limit of 2 sessions");
        } finally {
            server.stop();
        }
    }

    @Test
    void behindATrustedProxy_theForwardedClientIsCounted_andAnIpv6Slash64IsOneAddress() throws Exception {
        var server = PanelServer.create(c -> c.port(0).maxSessions(10).maxSessionsPerAddress(1)
                .trustedProxies("127.0.0.1", "::1").app("/app", TestApps.clicks())).start();
        try {
            int port = server.port();
            WsClient.connect(port, WsClient.page(port, "/app"), forwardedFor("203.0.113.5")).awaitType("init");
            WsClient.connect(port, WsClient.page(port, "/app"), forwardedFor("203.0.113.6")).awaitType("init");
            // a hop the client wrote itself (left of what the proxy appended) changes nothing
            assertThat(refusedStatus(forwardedFor("198.51.100.1, 203.0.113.5"), port, WsClient.page(port, "/app")))
                    .isEqualTo(429);
            assertThat(WsClient.get(port, "/app", forwardedFor("203.0.113.5")).statusCode()).isEqualTo(429);

            WsClient.connect(port, WsClient.page(port, "/app"), forwardedFor("2001:db8:1:2::1")).awaitType("init");
            assertThat(refusedStatus(forwardedFor("2001:db8:1:2:ffff::9"), port, WsClient.page(port, "/app")))
                    .as("another address of the same /64").isEqualTo(429);
            WsClient.connect(port, WsClient.page(port, "/app"), forwardedFor("2001:db8:1:3::1")).awaitType("init");
        } finally {
            server.stop();
        }
    }

    @Test
    void fromAnUntrustedPeer_forwardedHeadersAreIgnored() throws Exception {
        var server = PanelServer.create(c -> c.port(0).maxSessions(10).maxSessionsPerAddress(1)
                .trustedProxies("10.0.0.0/8").app("/app", TestApps.clicks())).start();
        try {
            int port = server.port();
            var second = WsClient.page(port, "/app"); // taken while the address holds no session yet
            var third = WsClient.page(port, "/app");
            WsClient.connect(port, WsClient.page(port, "/app"), forwardedFor("203.0.113.5")).awaitType("init");
            assertThat(refusedStatus(forwardedFor("203.0.113.6"), port, second))
                    .as("both come from 127.0.0.1, which is no trusted proxy").isEqualTo(429);
            assertThat(refusedStatus(Map.of("Forwarded", "for=203.0.113.7"), port, third)).isEqualTo(429);
        } finally {
            server.stop();
        }
    }
}
