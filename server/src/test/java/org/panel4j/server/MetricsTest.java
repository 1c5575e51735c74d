package org.panel4j.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.panel4j.Panel.async;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse.BodyHandlers;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import org.junit.jupiter.api.Test;
import org.panel4j.App;
import org.panel4j.layout.Row;
import org.panel4j.testkit.Waits;
import org.panel4j.widget.Button;
import org.panel4j.widget.StaticText;

/**
 * The server's metrics through the real path (docs/deploy.md, "Metrics"): real sockets and clicks change
 * what a scrape of {@code /metrics} on the metrics port reads; the metrics port answers nothing else and
 * only to allowed host names; the main port serves {@code /metrics} only behind the authenticator.
 */
class MetricsTest {

    private static final Duration WAIT = Duration.ofSeconds(20);

    /** Buttons: a sync click, a throwing one, an async one that waits for {@code gate}, then sets the text. */
    private static App app(CountDownLatch gate) {
        return session -> {
            var text = new StaticText();
            var sync = new Button("Sync");
            sync.onClick(event -> text.setValue("Clicked " + event.newValue()));
            var boom = new Button("Boom");
            boom.onClick(event -> {
                throw new IllegalStateException("boom");
            });
            var waiting = new Button("Wait");
            waiting.onClick(async(event -> {
                gate.await();
                text.setValue("Done waiting");
            }));
            return new Row(sync, boom, waiting, text);
        };
    }

    private static void awaitMetric(int port, String name, java.util.function.LongPredicate test) {
        Waits.until(() -> {
            try {
                return test.test(TextMetrics.scrape(port).get(name));
            } catch (Exception e) {
                throw new AssertionError(e);
            }
        }, WAIT, () -> name + " never as expected; last scrape: " + scrapeQuietly(port));
    }

    private static String scrapeQuietly(int port) {
        try {
            return TextMetrics.scrape(port).toString();
        } catch (Exception e) {
            return e.toString();
        }
    }

    @Test
    void aScrapeSeesSessionsMessagesCallbacksAndErrorsChange() throws Exception {
        var gate = new CountDownLatch(1);
        var exporter = new TextMetrics();
        var server = PanelServer.create(c -> c.port(0).app("/app", app(gate)).metrics(exporter).metricsPort(0)
                .reconnectGrace(Duration.ofSeconds(3)) // a closed page ends soon; a slow socket open still fits
                .sessionHost(host -> host.errorHandler(error -> {}))).start(); // Boom's error: counted, not logged
        try {
            int port = server.metricsPort();
            assertThat(port).isPositive().isNotEqualTo(server.port());
            assertThat(exporter.binds).isEqualTo(1);
            Map<String, Long> before = TextMetrics.scrape(port);
            assertThat(before).containsEntry("sessions_open", 0L).containsEntry("pages_opened", 0L)
                    .containsEntry("messages_in", 0L).containsEntry("callbacks_running", 0L);

            var page = WsClient.connect(server.port(), WsClient.page(server.port(), "/app"));
            var init = page.awaitType("init");
            List<String> buttons = WsClient.ids(init.get("root"), "Button");
            Map<String, Long> open = TextMetrics.scrape(port);
            assertThat(open).containsEntry("sessions_open", 1L).containsEntry("pages_opened", 1L)
                    .containsEntry("pages_closed", 0L);
            assertThat(open.get("messages_out")).isPositive(); // the init

            page.click(buttons.get(0));
            page.await(m -> m.toString().contains("Clicked 1"));
            assertThat(TextMetrics.scrape(port).get("messages_in")).isEqualTo(1);

            page.click(buttons.get(1));
            awaitMetric(port, "errors_callback", n -> n == 1);

            page.set("c000000000000", "value", 1);
            assertThat(page.awaitType("error").get("code").asText()).isEqualTo("unknown_component");
            page.sendRaw("{not json");
            assertThat(page.awaitType("error").get("code").asText()).isEqualTo("malformed");
            Map<String, Long> errors = TextMetrics.scrape(port);
            assertThat(errors).containsEntry("errors_unknown_component", 1L).containsEntry("errors_malformed", 1L)
                    .containsEntry("errors_invalid_value", 0L).containsEntry("messages_in", 4L);

            page.click(buttons.get(2)); // waits for the gate: one callback running
            awaitMetric(port, "callbacks_running", n -> n == 1);
            gate.countDown();
            awaitMetric(port, "callbacks_running", n -> n == 0);

            page.close(); // the session ends after its grace
            awaitMetric(port, "sessions_open", n -> n == 0);
            assertThat(TextMetrics.scrape(port)).containsEntry("pages_opened", 1L).containsEntry("pages_closed", 1L)
                    .containsEntry("outgoing_queued", 0L);
        } finally {
            gate.countDown();
            server.stop();
        }
    }

    @Test
    void changesMadeWhileNoClientListensCountAsQueued() throws Exception {
        var gate = new CountDownLatch(1);
        var server = PanelServer.create(c -> c.port(0).app("/app", app(gate)).metrics(new TextMetrics()).metricsPort(0)
                .reconnectGrace(Duration.ofSeconds(30))).start();
        try {
            int port = server.metricsPort();
            var page = WsClient.connect(server.port(), WsClient.page(server.port(), "/app"));
            List<String> buttons = WsClient.ids(page.awaitType("init").get("root"), "Button");
            page.click(buttons.get(2));
            awaitMetric(port, "callbacks_running", n -> n == 1);
            page.abort();
            Waits.until(() -> server.metrics().outgoingQueued() == 0 && socketsGone(server), WAIT, "the socket closed");
            gate.countDown(); // sets the text with no client to send it to: it waits in the outbox
            awaitMetric(port, "outgoing_queued", n -> n == 1);
            assertThat(TextMetrics.scrape(port)).containsEntry("outgoing_queued_max", 1L);
        } finally {
            gate.countDown();
            server.stop();
        }
    }

    private static boolean socketsGone(PanelServer server) {
        try {
            var health = WsClient.get(server.port(), "/health");
            return health.body().contains("\"sockets\":0");
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    @Test
    void theMetricsPortAnswersOnlyMetricsAndOnlyToAllowedHosts() throws Exception {
        var server = PanelServer.create(c -> c.port(0).app("/app", app(new CountDownLatch(0)))
                .handler("/data", request -> HttpResponse.text(200, "data"))
                .metrics(new TextMetrics()).metricsPort(0)).start();
        try {
            int metricsPort = server.metricsPort();
            assertThat(RawHttp.get(metricsPort, "/metrics", "127.0.0.1:" + metricsPort).status()).isEqualTo(200);
            assertThat(RawHttp.get(metricsPort, "/metrics", "localhost").status()).isEqualTo(200);
            // DNS rebinding: a foreign site's name pointed at the metrics port reads nothing
            var foreign = RawHttp.get(metricsPort, "/metrics", "evil.example:" + metricsPort);
            assertThat(foreign.status()).isEqualTo(421);
            assertThat(foreign.body()).doesNotContain("sessions_open");
            // no page, route, health, static file or socket on the metrics port
            for (String path : List.of("/", "/app", "/data", "/health", "/static/panel4j.js")) {
                assertThat(RawHttp.get(metricsPort, path, "127.0.0.1").status()).as(path).isEqualTo(404);
            }
            assertThat(RawHttp.upgrade(metricsPort, "/app/ws", "127.0.0.1", "Origin: http://127.0.0.1:" + metricsPort + "\r\n")
                    .status()).isNotEqualTo(101);
            // and no metrics on the main port
            var main = RawHttp.get(server.port(), "/metrics", "127.0.0.1");
            assertThat(main.status()).isEqualTo(404);
            assertThat(main.body()).doesNotContain("sessions_open");
            // only GET
            assertThat(RawHttp.send(metricsPort, "POST", "/metrics", "127.0.0.1", "Content-Length: 0\r\n").status())
                    .isEqualTo(405);
        } finally {
            server.stop();
        }
    }

    @Test
    void onTheMainPortMetricsNeedSignInAndTheRule() throws Exception {
        var auth = BasicAuth.of(Map.of("alice", PasswordHash.create("wonderland".toCharArray(), 10_000),
                "bob", PasswordHash.create("builder".toCharArray(), 10_000)), limits -> limits.maxFailures(1_000));
        var server = PanelServer.create(c -> c.port(0).app("/app", app(new CountDownLatch(0))).authenticator(auth)
                .metrics(new TextMetrics()).metricsOnMainPort(user -> user.getName().equals("alice"))).start();
        try {
            assertThat(server.metricsPort()).isEqualTo(-1);
            assertThat(scrape(server.port(), null).statusCode()).isEqualTo(401);
            assertThat(scrape(server.port(), basic("alice", "wrong")).statusCode()).isEqualTo(401);
            var bob = scrape(server.port(), basic("bob", "builder"));
            assertThat(bob.statusCode()).isEqualTo(403);
            assertThat(bob.body()).doesNotContain("sessions_open");
            var alice = scrape(server.port(), basic("alice", "wonderland"));
            assertThat(alice.statusCode()).isEqualTo(200);
            assertThat(alice.body()).contains("sessions_open 0");
            assertThat(RawHttp.send(server.port(), "GET", "/metrics", "evil.example",
                    "Authorization: " + basic("alice", "wonderland") + "\r\n").status()).isEqualTo(421);
        } finally {
            server.stop();
        }
    }

    private static java.net.http.HttpResponse<String> scrape(int port, String authorization) throws Exception {
        var request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/metrics"));
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        return WsClient.HTTP.send(request.build(), BodyHandlers.ofString());
    }

    private static String basic(String user, String password) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void metricsMustBeServedSomewhereAndOnTheMainPortOnlyBehindAnAuthenticator() {
        App app = session -> new StaticText("x");
        assertThatThrownBy(() -> ServerConfig.of(c -> c.app("/", app).metrics(new TextMetrics())))
                .hasMessageContaining("metrics needs metricsPort or metricsOnMainPort");
        assertThatThrownBy(() -> ServerConfig.of(c -> c.app("/", app).metricsPort(9464)))
                .hasMessageContaining("need metrics(exporter)");
        assertThatThrownBy(() -> ServerConfig.of(c -> c.app("/", app).metrics(new TextMetrics())
                .metricsOnMainPort(user -> true)))
                .hasMessageContaining("metricsOnMainPort needs an authenticator");
        assertThatThrownBy(() -> ServerConfig.of(c -> c.port(5006).app("/", app).metrics(new TextMetrics())
                .metricsPort(5006)))
                .hasMessageContaining("metricsPort must differ from port");
        assertThat(ServerConfig.of(c -> c.app("/", app)).metrics()).isEqualTo(MetricsConfig.NONE);
    }
}
