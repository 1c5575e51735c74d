package org.panel4j.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.eclipse.jetty.logging.JettyLevel;
import org.eclipse.jetty.logging.JettyLogger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.panel4j.App;
import org.slf4j.LoggerFactory;

/**
 * DNS rebinding (docs/security.md): a site that points its own name at this server's address gets
 * nothing, on any kind of request, before app code runs; the local and configured names are answered,
 * and WebSocket origins come from that allowlist, never from the request's {@code Host}.
 */
class HostCheckTest {

    private static final String ATTACKER = "attacker.example";
    private static final AtomicInteger BUILT = new AtomicInteger();
    private static final AtomicInteger HANDLED = new AtomicInteger();
    private static PanelServer server;
    private static int port;

    /** Lets HostGate's INFO lines through while open (the tests' log level is WARN). */
    private static final class InfoLevel implements AutoCloseable {
        private final JettyLogger logger = (JettyLogger) LoggerFactory.getLogger("org.panel4j.server.internal.HostGate");
        private final JettyLevel before = logger.getLevel();

        InfoLevel() {
            logger.setLevel(JettyLevel.INFO);
        }

        @Override
        public void close() {
            logger.setLevel(before);
        }
    }

    @BeforeAll
    static void start() {
        App app = session -> {
            BUILT.incrementAndGet();
            return TestApps.clicks().build(session);
        };
        server = PanelServer.create(c -> c.port(0).app("/app", app)
                .handler("/hello", request -> {
                    HANDLED.incrementAndGet();
                    return HttpResponse.text(200, "hello");
                })
                .allowedHosts("dash.example.com", "*.apps.example.org")).start();
        port = server.port();
    }

    @AfterAll
    static void stop() {
        server.stop();
    }

    @Test
    void foreignHost_isRefusedWith421_onPageIndexHealthRouteAndStaticFiles_beforeAnyAppCode() throws Exception {
        int built = BUILT.get();
        int handled = HANDLED.get();
        int sessions = server.sessionCount();
        try (var log = new LogCapture(); var info = new InfoLevel()) {
            for (String path : List.of("/app", "/", "/health", "/hello", "/static/panel4j/core.js")) {
                RawHttp.Answer answer = RawHttp.get(port, path, ATTACKER + ":" + port);
                assertThat(answer.status()).as(path).isEqualTo(421);
                assertThat(answer.body()).as(path).contains("does not answer to that host name")
                        .doesNotContain("p4j-boot").doesNotContain("sessions");
                assertThat(answer.header("Content-Security-Policy")).as(path).isPresent();
            }
            assertThat(log.text()).contains("Refused GET /app (421): Host 'attacker.example:" + port + "'");
        }
        assertThat(BUILT.get()).isEqualTo(built);
        assertThat(HANDLED.get()).isEqualTo(handled);
        assertThat(server.sessionCount()).isEqualTo(sessions);
    }

    @Test
    void foreignHost_isRefusedWithoutOrWithAnyPort_andInAnAbsoluteRequestUri() throws Exception {
        for (String host : List.of(ATTACKER, ATTACKER + ":80", "dash.example.com.attacker.example",
                "apps.example.org", "127.0.0.2", "localhost.", "[::2]:" + port, "", "local host")) {
            assertThat(RawHttp.get(port, "/app", host).status()).as(host).isIn(400, 421);
        }
        assertThat(RawHttp.get(port, "http://" + ATTACKER + "/app", ATTACKER).status()).isEqualTo(421);
        assertThat(RawHttp.get(port, "http://" + ATTACKER + "/app", "localhost:" + port).status()).isEqualTo(400); // Jetty
        assertThat(RawHttp.get(port, "http://localhost/app", "localhost").status()).isEqualTo(200);
    }

    @Test
    void localAndConfiguredNames_areAnswered_withOrWithoutThePort() throws Exception {
        for (String host : List.of("127.0.0.1:" + port, "localhost:" + port, "LOCALHOST", "[::1]:" + port,
                "[0:0:0:0:0:0:0:1]", "dash.example.com", "Dash.Example.Com:443", "x.apps.example.org:8443")) {
            RawHttp.Answer answer = RawHttp.get(port, "/app", host);
            assertThat(answer.status()).as(host).isEqualTo(200);
            assertThat(answer.body()).as(host).contains("p4j-boot");
        }
    }

    @Test
    void longForeignHost_isLoggedCut() throws Exception {
        String longName = "a".repeat(3000) + ".example";
        try (var log = new LogCapture(); var info = new InfoLevel()) {
            assertThat(RawHttp.get(port, "/app", longName).status()).isEqualTo(421);
            String line = log.text().lines().filter(l -> l.contains("(421)")).findFirst().orElseThrow();
            assertThat(line).hasSizeLessThan(400).doesNotContain("a".repeat(101));
        }
    }

    @Test
    void aFloodOfForeignHostRequests_logsAFewLines_thenOneSayingHowManyWereSuppressed() throws Exception {
        // its own server: the flood must not throttle the lines the other tests look for
        var flooded = PanelServer.create(c -> c.port(0).app("/app", TestApps.clicks())).start();
        try (var log = new LogCapture(); var info = new InfoLevel()) {
            for (int i = 0; i < 300; i++) {
                assertThat(RawHttp.get(flooded.port(), "/app", "attacker" + i + ".example").status()).isEqualTo(421);
            }
            long deadline = System.nanoTime() + 10_000_000_000L;
            while (log.text().lines().noneMatch(l -> l.contains("more suppressed)"))) {
                assertThat(System.nanoTime()).as("a line saying how many were suppressed within 10 s").isLessThan(deadline);
                assertThat(RawHttp.get(flooded.port(), "/app", ATTACKER).status()).isEqualTo(421);
                Thread.sleep(100);
            }
            // a burst of 5, then one a second: the flood took well under 10 s
            assertThat(log.text().lines().filter(l -> l.contains("(421)")).count()).isLessThan(20);
        } finally {
            flooded.stop();
        }
    }

    @Test
    void upgradeWithForeignHost_isRefused_evenWithAMatchingOrigin() throws Exception {
        var boot = WsClient.page(port, "/app");
        String path = boot.ws() + "?token=" + boot.token();
        assertThat(RawHttp.upgrade(port, path, ATTACKER + ":" + port, "").status()).isEqualTo(421);
        assertThat(RawHttp.upgrade(port, path, ATTACKER + ":" + port,
                "Origin: http://" + ATTACKER + ":" + port + "\r\n").status()).isEqualTo(421);
        // the same upgrade at an allowed name opens
        assertThat(RawHttp.upgrade(port, path, "localhost:" + port,
                "Origin: http://localhost:" + port + "\r\n").status()).isEqualTo(101);
    }

    @Test
    void allowedOrigins_comeFromTheAllowlist_notFromTheRequestsHost() throws Exception {
        // an allowed Host with a port of its own: its "same origin" is not allowed for that
        for (String origin : List.of("http://dash.example.com:1234", "http://" + ATTACKER + ":" + port,
                "http://localhost:1234", "https://127.0.0.1", "null")) {
            var boot = WsClient.page(port, "/app");
            String host = origin.equals("null") ? "localhost" : URI.create(origin).getAuthority();
            RawHttp.Answer answer = RawHttp.upgrade(port, boot.ws() + "?token=" + boot.token(),
                    host.startsWith(ATTACKER) ? "dash.example.com" : host, "Origin: " + origin + "\r\n");
            assertThat(answer.status()).as(origin).isEqualTo(403);
        }
        for (String origin : List.of("http://dash.example.com:" + port, "https://dash.example.com",
                "http://dash.example.com", "https://x.apps.example.org", "http://127.0.0.1:" + port,
                "http://[::1]:" + port)) {
            var boot = WsClient.page(port, "/app");
            RawHttp.Answer answer = RawHttp.upgrade(port, boot.ws() + "?token=" + boot.token(), "localhost",
                    "Origin: " + origin + "\r\n");
            assertThat(answer.status()).as(origin).isEqualTo(101);
        }
    }
}
