package org.panel4j.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Draining a node (docs/deploy.md, "Draining a node"): {@code /health} says 503 draining, new pages and
 * sessions get 503, each open page is told to move once it has been quiet, everything it sent before its
 * {@code moving} answer is applied and answered, then its socket closes with 4001 and the server stops.
 */
class DrainTest {

    private PanelServer server;

    @AfterEach
    void stop() {
        server.stop();
    }

    private void start(Duration quiet) {
        server = PanelServer.create(c -> c.port(0).nodeId("n1").drainQuietPeriod(quiet).drainDeadline(Duration.ofSeconds(30))
                .app("/app", TestApps.clicks())).start();
    }

    /** A page of the app; its socket URL names the node, which the proxy routes by (the test connects directly). */
    private WsClient.Boot page() throws Exception {
        WsClient.Boot boot = WsClient.page(server.port(), "/app");
        assertThat(boot.ws()).isEqualTo("/app/ws?node=n1");
        return new WsClient.Boot(boot.token(), boot.csrf(), "/app/ws");
    }

    @Test
    void draining_refusesNewPagesAndSessions_andAPageToldToMove_getsItsLastClickAnsweredBefore4001() throws Exception {
        start(Duration.ofMillis(200));
        JsonNode ready = Health.read(server.port());
        assertThat(ready.get("state").asText()).isEqualTo("ready");
        assertThat(ready.get("node").asText()).isEqualTo("n1");
        WsClient client = WsClient.connect(server.port(), page());
        JsonNode init = client.awaitType("init");
        String sync = WsClient.ids(init.get("root"), "Button").get(0);
        String text = WsClient.ids(init.get("root"), "StaticText").get(0);
        WsClient.Boot notYetConnected = page();

        CompletableFuture<Boolean> drained = CompletableFuture.supplyAsync(server::drainAndStop);
        client.awaitType("move");
        var health = WsClient.get(server.port(), "/health");
        assertThat(health.statusCode()).isEqualTo(503);
        assertThat(WsClient.JSON.readTree(health.body()).get("state").asText()).isEqualTo("draining");
        assertThat(RawHttp.upgrade(server.port(), "/app/ws?token=" + notYetConnected.token(), "127.0.0.1", "").status())
                .as("a page served before the drain opens its session on another node").isEqualTo(503);
        assertThat(WsClient.get(server.port(), "/app").statusCode()).as("a new page goes to another node").isEqualTo(503);

        client.click(sync);                        // sent before the page saw 'move' (it crossed it)
        client.send(Map.of("type", "moving"));
        client.awaitSet(text, "value", v -> v.asText().equals("Clicked 1"));
        assertThat(client.closed.get(10, TimeUnit.SECONDS)).isEqualTo(4001);
        assertThat(drained.get(20, TimeUnit.SECONDS)).as("every page moved before the deadline").isTrue();
        assertThat(server.sessionCount()).isZero();
    }

    @Test
    void aPageThatKeepsSendingInput_isToldToMoveOnlyOnceItPauses() throws Exception {
        start(Duration.ofMillis(1500)); // long beside the 100 ms between keys: a loaded machine stalls now and then
        WsClient client = WsClient.connect(server.port(), page());
        client.awaitType("init");
        server.drain();
        long typingUntil = System.nanoTime() + TimeUnit.SECONDS.toNanos(3);
        while (System.nanoTime() < typingUntil) {
            client.send(Map.of("type", "ping"));
            assertThat(client.inbox.poll(100, TimeUnit.MILLISECONDS)).as("no move while the page types").isNull();
        }
        long pausedAt = System.nanoTime();
        client.awaitType("move");
        assertThat(Duration.ofNanos(System.nanoTime() - pausedAt)).isGreaterThanOrEqualTo(Duration.ofMillis(1400));
    }
}
