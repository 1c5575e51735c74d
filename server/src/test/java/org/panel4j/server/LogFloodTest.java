package org.panel4j.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.WebSocketHandshakeException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.panel4j.testkit.Waits;

/**
 * Through real sockets: client strings are bounded in replies and log lines, a newline cannot forge
 * a log line, malformed messages are throttled in the log, count against the rate limit and close
 * the socket past their bound, and binary frames are refused; other sessions do not notice.
 */
class LogFloodTest {

    private static final String HUGE = "x".repeat(256 * 1024); // the longest string the decoder takes
    private static final String FORGED = "2026-11-27 12:00:00.000:WARN :forged line";
    private static final int LINE_BOUND = 500;

    private static List<String> refusedLines(LogCapture log) {
        return log.lines().stream().filter(l -> l.contains("refused client message")).toList();
    }

    @Test
    void hugeIdsPropertyAndEventNames_getABoundedReplyAndLogLine_andNoLineCanBeForged() throws Exception {
        var server = PanelServer.create(c -> c.port(0).app("/app", TestApps.clicks())).start();
        try (var log = LogCapture.atInfo()) {
            var client = WsClient.connect(server.port(), WsClient.page(server.port(), "/app"));
            JsonNode root = client.awaitType("init").get("root");
            String button = WsClient.ids(root, "Button").getFirst();
            String slider = WsClient.ids(root, "IntSlider").getFirst();
            client.set(HUGE, "value", 1);
            client.set(slider, HUGE, 1);
            client.send(Map.of("type", "event", "id", button, "event", HUGE, "payload", Map.of()));
            client.send(Map.of("type", HUGE));
            client.set("c1\n" + FORGED, "value", 1);
            var replies = new ArrayList<JsonNode>();
            for (int i = 0; i < 5; i++) {
                replies.add(client.awaitType("error"));
            }
            assertThat(replies).extracting(r -> r.get("code").asText()).containsExactly("unknown_component",
                    "unknown_property", "unknown_property", "unknown_type", "unknown_component");
            for (JsonNode reply : replies.subList(0, 4)) {
                assertThat(reply.get("message").asText()).hasSizeLessThan(200).contains("…(262144 chars)");
            }
            assertThat(replies.get(4).get("message").asText()).contains("c1\\n2026").doesNotContain("\n");
            Waits.until(() -> refusedLines(log).size() == 5, Duration.ofSeconds(10),
                    "a log line for each of the 5 refusals: " + log.text());
            assertThat(log.lines()).allSatisfy(line -> assertThat(line).hasSizeLessThan(LINE_BOUND))
                    .noneSatisfy(line -> assertThat(line).startsWith(FORGED));
            assertThat(log.text()).contains("c1\\n" + FORGED).hasSizeLessThan(10 * LINE_BOUND);
        } finally {
            server.stop();
        }
    }

    @Test
    void aThousandMalformedMessages_logAFewLines_closeTheSocketWith1008_andAnotherSessionGoesOn() throws Exception {
        var server = PanelServer.create(c -> c.port(0).app("/app", TestApps.clicks())).start();
        try (var log = LogCapture.atInfo()) {
            var attacker = WsClient.connect(server.port(), WsClient.page(server.port(), "/app"));
            var other = WsClient.connect(server.port(), WsClient.page(server.port(), "/app"));
            attacker.awaitType("init");
            JsonNode root = other.awaitType("init").get("root");
            int sent = 0;
            try {
                for (; sent < 1000 && !attacker.closed.isDone(); sent++) {
                    attacker.sendRaw("{\"type\":\"set\",\"seq\":" + (sent + 1) + ",\"not json");
                }
            } catch (RuntimeException e) {
                // the server closed the socket under the client's feet: the bound worked
            }
            // 1008, or -1 when the close reached a client still writing as a reset (its close frame
            // unread); the log line below shows the server closed it for the bound either way
            int closeCode = attacker.closed.get(10, TimeUnit.SECONDS);
            assertThat(closeCode).isIn(1008, -1);
            long malformed = attacker.inbox.stream().filter(m -> "malformed".equals(m.path("code").asText())).count();
            // a reset also drops the replies the client had not read yet: then only the upper bound holds
            assertThat(malformed).as("replies before the close").isBetween(closeCode == 1008 ? 20L : 0L, 22L);
            // the other session is unaffected
            String button = WsClient.ids(root, "Button").getFirst();
            String text = WsClient.ids(root, "StaticText").getFirst();
            other.click(button);
            other.awaitSet(text, "value", v -> v.asText().equals("Clicked 1"));
            List<String> lines = log.lines();
            assertThat(refusedLines(log)).as("refusals logged: the burst, then one a second").hasSizeBetween(5, 8);
            assertThat(lines).as("all lines: " + lines).hasSizeLessThan(12);
            assertThat(log.text()).contains("malformed messages, more than 20 a minute; closing the socket");
        } finally {
            server.stop();
        }
    }

    @Test
    void malformedMessages_takeTokensOfTheRateLimit() throws Exception {
        var server = PanelServer.create(c -> c.port(0).maxMessagesPerSecond(1).app("/app", TestApps.clicks())).start();
        try {
            var client = WsClient.connect(server.port(), WsClient.page(server.port(), "/app"));
            JsonNode root = client.awaitType("init").get("root");
            client.sendRaw("not json");
            client.sendRaw("not json either");
            client.click(WsClient.ids(root, "Button").getFirst());
            var codes = new ArrayList<String>();
            for (int i = 0; i < 3; i++) {
                codes.add(client.awaitType("error").get("code").asText());
            }
            // one token a second, bursts of one: the first malformed message took it
            assertThat(codes).containsExactly("malformed", "rate_limited", "rate_limited");
        } finally {
            server.stop();
        }
    }

    @Test
    void binaryFrames_areRefusedAsMalformed_theSocketGoesOn_andTheyCountTowardsTheBound() throws Exception {
        var server = PanelServer.create(c -> c.port(0).maxMessagesPerSecond(1000).app("/app", TestApps.clicks())).start();
        try {
            var client = WsClient.connect(server.port(), WsClient.page(server.port(), "/app"));
            JsonNode root = client.awaitType("init").get("root");
            client.sendBinary(new byte[] {1, 2, 3});
            JsonNode error = client.awaitType("error");
            assertThat(error.get("code").asText()).isEqualTo("malformed");
            assertThat(error.get("message").asText()).contains("binary frames are not accepted");
            String text = WsClient.ids(root, "StaticText").getFirst();
            client.click(WsClient.ids(root, "Button").getFirst());
            client.awaitSet(text, "value", v -> v.asText().equals("Clicked 1"));
            try {
                for (int i = 0; i < 30 && !client.closed.isDone(); i++) {
                    client.sendBinary(new byte[] {4});
                }
            } catch (RuntimeException e) {
                // closed meanwhile
            }
            assertThat(client.closed.get(10, TimeUnit.SECONDS)).isEqualTo(1008);
        } finally {
            server.stop();
        }
    }

    @Test
    void reconnectingWithTheNewestToken_doesNotRestartTheMalformedBound_orTheLogThrottle() throws Exception {
        var server = PanelServer.create(c -> c.port(0).app("/app", TestApps.clicks())).start();
        try (var log = LogCapture.atInfo()) {
            var first = WsClient.connect(server.port(), WsClient.page(server.port(), "/app"));
            first.awaitType("init");
            for (int i = 1; i <= 12; i++) {
                first.sendRaw("not json " + i);
            }
            Waits.until(() -> first.inbox.stream().filter(m -> "malformed".equals(m.path("code").asText())).count() == 12,
                    Duration.ofSeconds(10), "12 malformed replies");
            // the session's newest reconnect token opens a fresh socket to the same session
            var second = WsClient.connect(server.port(), first.reconnectBoot());
            second.awaitType("init");
            assertThat(first.closed.get(10, TimeUnit.SECONDS)).as("the first socket, replaced").isEqualTo(1000);
            // one at a time, each after the answer to the one before: a write racing the server's close
            // would reset the connection before the client reads the close frame
            for (int i = 1; i <= 12 && !second.closed.isDone(); i++) {
                second.sendRaw("not json again " + i);
                int answered = i;
                Waits.until(() -> second.closed.isDone() || second.inbox.stream()
                        .filter(m -> "malformed".equals(m.path("code").asText())).count() == answered,
                        Duration.ofSeconds(10), "an answer to malformed message " + i);
            }
            // 24 malformed messages from one session within a minute: over the bound of 20
            assertThat(second.closed.get(10, TimeUnit.SECONDS)).isEqualTo(1008);
            assertThat(refusedLines(log)).as("refusals logged over both sockets: one burst of 5, then one a second")
                    .hasSizeBetween(5, 8);
        } finally {
            server.stop();
        }
    }

    @Test
    void afterTheServerClosedASocketWith1008_noReconnectTokenReopensTheSession() throws Exception {
        var server = PanelServer.create(c -> c.port(0).app("/app", TestApps.clicks())).start();
        try (var log = LogCapture.atInfo()) {
            var boot = WsClient.page(server.port(), "/app");
            var page = WsClient.connect(server.port(), boot);
            page.awaitType("init");
            var wrong = new WsClient.Boot(page.reconnectBoot().token(), "not the page's secret", boot.ws());
            var attacker = WsClient.connect(server.port(), wrong);
            attacker.awaitType("init");
            attacker.send(Map.of("type", "ping"));
            assertThat(attacker.closed.get(10, TimeUnit.SECONDS)).isEqualTo(1008);
            // a conforming page stops after 1008; a client that reconnects instead is refused
            var again = new WsClient.Boot(attacker.reconnectBoot().token(), "not the page's secret", boot.ws());
            assertThatThrownBy(() -> WsClient.connect(server.port(), again))
                    .isInstanceOf(ExecutionException.class)
                    .satisfies(e -> assertThat(((WebSocketHandshakeException) e.getCause()).getResponse().statusCode())
                            .isEqualTo(403));
            assertThat(log.text()).contains("wrong CSRF secret, closing the socket");
        } finally {
            server.stop();
        }
    }
}
