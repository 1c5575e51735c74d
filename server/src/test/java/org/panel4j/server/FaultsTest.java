package org.panel4j.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.WebSocketHandshakeException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.panel4j.testkit.Heap;
import org.panel4j.testkit.TcpProxy;
import org.panel4j.widget.StaticText;

/** Reliability through the real socket: a cut connection, a server restart, 100 sessions started at once. */
class FaultsTest {

    /** The server-side text of each session, by session id, so the test can change it while the client is cut off. */
    private final Map<String, StaticText> texts = new ConcurrentHashMap<>();

    /** What a client holds: component id → value, rebuilt from init and updated by patches. */
    private static void apply(JsonNode message, Map<String, String> mirror) {
        if ("init".equals(message.path("type").asText())) {
            mirror.clear();
            collect(message.get("root"), mirror);
        } else if ("patch".equals(message.path("type").asText())) {
            for (JsonNode op : message.get("ops")) {
                if ("set".equals(op.path("op").asText()) && "value".equals(op.path("prop").asText())) {
                    mirror.put(op.get("id").asText(), op.get("value").asText());
                }
            }
        }
    }

    private static void collect(JsonNode node, Map<String, String> mirror) {
        if (node.isObject() && node.has("id") && node.has("props")) {
            if (node.get("props").has("value")) {
                mirror.put(node.get("id").asText(), node.get("props").get("value").asText());
            }
            node.get("props").forEach(child -> collect(child, mirror));
        } else if (node.isArray()) {
            node.forEach(child -> collect(child, mirror));
        }
    }

    @Test
    void connectionCutByAProxy_reconnects_andNoUpdateMadeMeanwhileIsLost() throws Exception {
        var server = PanelServer.create(c -> c.port(0).app("/app", session -> {
            var text = new StaticText();
            text.setValue("start");
            texts.put(session.id(), text);
            return text;
        })).start();
        try (var proxy = new TcpProxy(server.port())) {
            var boot = WsClient.page(server.port(), "/app");
            var mirror = new HashMap<String, String>();
            var client = WsClient.connect(proxy.port(), boot);
            apply(client.awaitType("init"), mirror);
            StaticText text = texts.values().iterator().next(); // the one session, started as the socket connected
            text.setValue("before the cut");
            apply(client.await(m -> m.toString().contains("before the cut")), mirror);

            proxy.cut();
            assertThat(client.closed.get(5, TimeUnit.SECONDS)).isNotNull();
            Health.await(server.port(), "sockets", n -> n == 0, 5);
            for (int i = 0; i < 20; i++) {
                text.setValue("while cut " + i); // nobody receives these
            }

            var back = WsClient.connect(proxy.port(), client.reconnectBoot());
            apply(back.awaitType("init"), mirror);
            assertThat(mirror.values()).containsExactly("while cut 19");
            text.setValue("after");
            apply(back.await(m -> m.toString().contains("\"after\"")), mirror);
            assertThat(mirror.values()).containsExactly(text.getValue());
        } finally {
            server.stop();
        }
    }

    @Test
    void serverRestart_closesTheSocketWith1001_andTheOldTokenIsRefusedWith403() throws Exception {
        var first = PanelServer.create(c -> c.port(0).app("/app", TestApps.clicks())).start();
        int port = first.port();
        var boot = WsClient.page(port, "/app");
        var client = WsClient.connect(port, boot);
        client.awaitType("init");
        first.stop();
        assertThat(client.closed.get(5, TimeUnit.SECONDS)).isEqualTo(1001);
        var second = PanelServer.create(c -> c.port(port).app("/app", TestApps.clicks())).start();
        try {
            for (WsClient.Boot old : List.of(boot, client.reconnectBoot())) {
                assertThatThrownBy(() -> WsClient.connect(port, old))
                        .isInstanceOf(ExecutionException.class)
                        .satisfies(e -> assertThat(((WebSocketHandshakeException) e.getCause()).getResponse().statusCode())
                                .isEqualTo(403));
            }
        } finally {
            second.stop();
        }
    }

    @Test
    void hundredSessionsStartedAtOnce_eachSeeOnlyTheirOwnComponents() throws Exception {
        var server = PanelServer.create(c -> c.port(0).maxSessionsPerAddress(200)
                .app("/app", session -> new StaticText(session.id()))).start();
        try (var pool = Executors.newVirtualThreadPerTaskExecutor()) {
            List<Future<String[]>> started = new ArrayList<>();
            for (int i = 0; i < 100; i++) {
                started.add(pool.submit(() -> {
                    var boot = WsClient.page(server.port(), "/app");
                    var client = WsClient.connect(server.port(), boot);
                    JsonNode root = client.awaitType("init").get("root");
                    client.close();
                    return new String[] {root.get("props").get("value").asText(), root.get("id").asText()};
                }));
            }
            var sessionIds = new HashSet<String>();
            var componentIds = new HashSet<String>();
            for (Future<String[]> f : started) {
                String[] seen = f.get(60, TimeUnit.SECONDS);
                sessionIds.add(seen[0]);
                componentIds.add(seen[1]);
            }
            assertThat(sessionIds).as("each page's view shows its own session id").hasSize(100);
            assertThat(componentIds).hasSize(100);
        } finally {
            server.stop();
        }
    }

    @Test
    void twoHundredSessionsThroughTheServer_withTasksRunningAtTheEnd_allEndAndBecomeUnreachable() throws Exception {
        var refs = new java.util.concurrent.ConcurrentLinkedQueue<java.lang.ref.WeakReference<org.panel4j.session.Session>>();
        var server = PanelServer.create(c -> c.port(0).maxSessionsPerAddress(1000).reconnectGrace(Duration.ofSeconds(1))
                .app("/app", session -> {
                    refs.add(new java.lang.ref.WeakReference<>(session));
                    session.addPeriodicCallback(org.panel4j.Panel.async(tick -> Thread.sleep(Duration.ofMinutes(5))),
                            Duration.ofMillis(10));
                    return TestApps.clicks().build(session);
                })).start();
        try {
            for (int i = 0; i < 200; i++) {
                var client = WsClient.connect(server.port(), WsClient.page(server.port(), "/app"));
                JsonNode root = client.awaitType("init").get("root");
                client.click(WsClient.ids(root, "Button").get(1)); // the async button: a task runs as it closes
                client.abort();
            }
            Health.await(server.port(), "sessions", n -> n == 0, 30);
            assertThat(refs).hasSize(200);
            Heap.awaitCollected(refs, "ended sessions");
        } finally {
            server.stop();
        }
    }
}
