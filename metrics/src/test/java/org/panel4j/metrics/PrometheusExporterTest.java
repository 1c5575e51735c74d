package org.panel4j.metrics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.WebSocket;
import java.time.Duration;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.panel4j.redis.RedisValues;
import org.panel4j.server.PanelServer;
import org.panel4j.testkit.RedisProcess;
import org.panel4j.testkit.Waits;
import org.panel4j.widget.StaticText;

/**
 * The Prometheus exporter on a real server (docs/deploy.md, "Metrics"): a scrape of the metrics port over
 * HTTP shows the server's meters under their documented names, changing as a real page's socket opens,
 * sends and closes; the JVM's meters; the Redis link gauge following a real Redis going away and back.
 */
class PrometheusExporterTest {

    private static final Duration WAIT = Duration.ofSeconds(30);
    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final Pattern BOOT = Pattern.compile(
            "\"token\":\"([^\"]+)\",\"csrf\":\"([^\"]+)\"|\"csrf\":\"([^\"]+)\",\"token\":\"([^\"]+)\"");
    private static final Pattern WS = Pattern.compile("\"ws\":\"([^\"]+)\"");

    private PanelServer server;
    private PrometheusExporter exporter;

    @AfterEach
    void stop() {
        if (server != null) {
            server.stop();
        }
        if (exporter != null) {
            exporter.close();
        }
    }

    private void start(PrometheusExporter metrics) {
        exporter = metrics;
        server = PanelServer.create(c -> c.port(0).app("/app", session -> new StaticText("hello"))
                .metrics(metrics).metricsPort(0)
                // short, so a closed page ends soon; not shorter: a loaded machine may be slow to open the socket
                .reconnectGrace(Duration.ofSeconds(3))).start();
    }

    private HttpResponse<String> scrape() throws Exception {
        return HTTP.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.metricsPort() + "/metrics")).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    /** The value of the sample line starting with {@code series} (name and labels), or NaN if none. */
    private double sample(String series) throws Exception {
        for (String line : scrape().body().split("\n")) {
            if (line.startsWith(series + " ")) {
                return Double.parseDouble(line.substring(series.length() + 1).trim());
            }
        }
        return Double.NaN;
    }

    private void awaitSample(String series, double expected) {
        Waits.until(() -> {
            try {
                return sample(series) == expected;
            } catch (Exception e) {
                throw new AssertionError(e);
            }
        }, WAIT, () -> series + " never " + expected);
    }

    @Test
    void aScrapeShowsTheServersMetersChangingWithARealPage() throws Exception {
        start(new PrometheusExporter());
        var first = scrape();
        assertThat(first.statusCode()).isEqualTo(200);
        assertThat(first.headers().firstValue("Content-Type")).hasValue(PrometheusExporter.CONTENT_TYPE);
        assertThat(first.body()).contains("# TYPE panel4j_sessions_open gauge", "# TYPE panel4j_messages_in_total counter",
                "panel4j_errors_total{kind=\"callback\"} 0.0", "panel4j_errors_total{kind=\"write_timeout\"} 0.0",
                "panel4j_outgoing_queued 0.0", "panel4j_outgoing_queued_max 0.0", "panel4j_callbacks_running 0.0",
                "panel4j_draining 0.0", "jvm_memory_used_bytes", "jvm_threads_live_threads", "process_uptime_seconds");
        assertThat(sample("panel4j_sessions_open")).isZero();

        var page = Page.open(server.port(), "/app");
        awaitSample("panel4j_sessions_open", 1);
        assertThat(sample("panel4j_pages_opened_total")).isEqualTo(1);
        assertThat(sample("panel4j_messages_out_total")).isPositive();

        page.send("{\"type\":\"set\",\"id\":\"c000000000000\",\"prop\":\"value\",\"value\":1,\"seq\":1,\"csrf\":\""
                + page.csrf + "\"}");
        assertThat(page.next()).contains("unknown_component");
        assertThat(sample("panel4j_messages_in_total")).isEqualTo(1);
        assertThat(sample("panel4j_errors_total{kind=\"unknown_component\"}")).isEqualTo(1);
        assertThat(sample("panel4j_errors_total{kind=\"malformed\"}")).isZero();

        page.socket.sendClose(1000, "bye");
        awaitSample("panel4j_sessions_open", 0);
        assertThat(sample("panel4j_pages_closed_total")).isEqualTo(1);
    }

    @Test
    void theRedisLinkGaugeFollowsRedis() throws Exception {
        assumeTrue(RedisProcess.available(), "redis-server is not installed (" + RedisProcess.BINARY + ")");
        try (var redis = RedisProcess.start(WAIT); var values = RedisValues.connect(redis.uri())) {
            start(new PrometheusExporter().linkState("redis", values::connected));
            String series = "panel4j_link_up{link=\"redis\"}";
            assertThat(sample(series)).isEqualTo(1);
            redis.kill();
            awaitSample(series, 0);
            redis.restart(WAIT);
            awaitSample(series, 1);
        }
    }

    @Test
    void oneExporterPerServerAndBoundedLinkNames() {
        var metrics = new PrometheusExporter();
        exporter = metrics;
        server = PanelServer.create(c -> c.port(0).app("/", session -> new StaticText("x")).metrics(metrics).metricsPort(0));
        assertThatThrownBy(() -> PanelServer.create(c -> c.port(0).app("/", session -> new StaticText("x"))
                .metrics(metrics).metricsPort(0)))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("one per server");
        assertThatThrownBy(() -> metrics.linkState("Redis main", () -> true))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("a-z");
    }

    /** A page as far as metrics care: its boot JSON read from the HTML, its socket open, what it receives. */
    private static final class Page implements WebSocket.Listener {
        final LinkedBlockingQueue<String> inbox = new LinkedBlockingQueue<>();
        private final StringBuilder partial = new StringBuilder();
        String csrf;
        WebSocket socket;

        static Page open(int port, String path) throws Exception {
            String html = HTTP.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path)).build(),
                    HttpResponse.BodyHandlers.ofString()).body();
            Matcher boot = BOOT.matcher(html);
            Matcher ws = WS.matcher(html);
            assertThat(boot.find() && ws.find()).as("boot JSON in %s", html).isTrue();
            var page = new Page();
            String token = boot.group(1) != null ? boot.group(1) : boot.group(4);
            page.csrf = boot.group(1) != null ? boot.group(2) : boot.group(3);
            page.socket = HTTP.newWebSocketBuilder().buildAsync(
                    URI.create("ws://127.0.0.1:" + port + ws.group(1) + "?token=" + token), page).get(10, TimeUnit.SECONDS);
            assertThat(page.next()).contains("\"init\"");
            return page;
        }

        void send(String json) {
            socket.sendText(json, true).join();
        }

        String next() throws InterruptedException {
            String message = inbox.poll(WAIT.toSeconds(), TimeUnit.SECONDS);
            assertThat(message).as("a message within %s", WAIT).isNotNull();
            return message;
        }

        @Override
        public CompletionStage<?> onText(WebSocket webSocket, CharSequence data, boolean last) {
            partial.append(data);
            if (last) {
                inbox.add(partial.toString());
                partial.setLength(0);
            }
            webSocket.request(1);
            return null;
        }
    }
}
