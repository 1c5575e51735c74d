package org.panel4j.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.WebSocketHandshakeException;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Nobody takes a session over without the newest reconnect token, which only the page's own socket
 * ever received (docs/decisions/0012-stateless-pages-and-reconnect-tokens.md): not with the token in
 * the page's HTML, not with a spent or superseded reconnect token, whether the session's socket is
 * open or briefly gone. A legitimate reconnect replaces an open socket, which is closed with 1000.
 */
class TakeoverTest {

    private PanelServer server;

    @BeforeEach
    void start() {
        server = PanelServer.create(c -> c.port(0).reconnectGrace(Duration.ofSeconds(30)).app("/app", TestApps.clicks())).start();
    }

    @AfterEach
    void stop() {
        server.stop();
    }

    private void assertRefused(WsClient.Boot boot) {
        assertThatThrownBy(() -> WsClient.connect(server.port(), boot))
                .isInstanceOf(ExecutionException.class)
                .satisfies(e -> assertThat(((WebSocketHandshakeException) e.getCause()).getResponse().statusCode()).isEqualTo(403));
    }

    /** The page still works: a click comes back, and its socket is open. */
    private static void assertWorks(WsClient client, JsonNode init, int clicks) throws Exception {
        String sync = WsClient.ids(init.get("root"), "Button").getFirst();
        String text = WsClient.ids(init.get("root"), "StaticText").getFirst();
        client.click(sync);
        client.awaitSet(text, "value", v -> v.asText().equals("Clicked " + clicks));
        assertThat(client.closed).as("the page's socket").isNotDone();
    }

    @Test
    void theTokenInThePageHtml_cannotTakeOverAConnectedSession() throws Exception {
        var boot = WsClient.page(server.port(), "/app");
        var page = WsClient.connect(server.port(), boot);
        JsonNode init = page.awaitType("init");

        assertRefused(boot);

        assertWorks(page, init, 1);
        assertThat(server.sessionCount()).isEqualTo(1);
    }

    @Test
    void neitherThePageTokenNorASpentReconnectToken_takeOverABrieflyDisconnectedSession() throws Exception {
        var boot = WsClient.page(server.port(), "/app");
        var page = WsClient.connect(server.port(), boot);
        JsonNode init = page.awaitType("init");
        page.abort();
        Health.await(server.port(), "sockets", n -> n == 0, 5);

        assertRefused(boot);
        var back = WsClient.connect(server.port(), page.reconnectBoot()); // the page itself, with its newest token
        JsonNode again = back.awaitType("init");
        assertThat(again.at("/root/id").asText()).as("the same session").isEqualTo(init.at("/root/id").asText());

        assertRefused(page.reconnectBoot()); // spent by the reconnect
        assertRefused(boot);
        assertWorks(back, again, 1);
        assertThat(server.sessionCount()).isEqualTo(1);
    }

    @Test
    void eachInitHandsOutANewToken_andAnOlderOneNoLongerOpens() throws Exception {
        var page = WsClient.connect(server.port(), WsClient.page(server.port(), "/app"));
        page.awaitType("init");
        WsClient.Boot older = page.reconnectBoot();
        page.send(Map.of("type", "resync"));
        JsonNode init = page.awaitType("init");
        assertThat(page.reconnectBoot().token()).isNotEqualTo(older.token());

        assertRefused(older);
        assertWorks(page, init, 1);
    }

    @Test
    void theNewestToken_replacesAnOpenSocket_whichIsClosedWith1000() throws Exception {
        var first = WsClient.connect(server.port(), WsClient.page(server.port(), "/app"));
        JsonNode init = first.awaitType("init");

        var second = WsClient.connect(server.port(), first.reconnectBoot());
        JsonNode again = second.awaitType("init");

        assertThat(first.closed.get(5, TimeUnit.SECONDS)).isEqualTo(1000);
        assertThat(again.at("/root/id").asText()).isEqualTo(init.at("/root/id").asText());
        assertWorks(second, again, 1);
    }
}
