package org.panel4j.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The wire protocol against a real server and a real WebSocket client. */
class ProtocolTest {

    private static PanelServer server;

    @BeforeAll
    static void start() {
        server = PanelServer.create(config -> config.port(0).maxMessageSize(4096).app("/app", TestApps.clicks())).start();
    }

    @AfterAll
    static void stop() {
        server.stop();
    }

    /** A connected page with its init and the ids of its parts. */
    private record Page(WsClient client, JsonNode init, String sync, String slow, String off, String text, String slider,
                        String xss) {}

    private static Page open() throws Exception {
        var client = WsClient.connect(server.port(), WsClient.page(server.port(), "/app"));
        JsonNode init = client.awaitType("init");
        var buttons = WsClient.ids(init.get("root"), "Button");
        var texts = WsClient.ids(init.get("root"), "StaticText");
        return new Page(client, init, buttons.get(0), buttons.get(1), buttons.get(2), texts.get(0),
                WsClient.ids(init.get("root"), "IntSlider").getFirst(), texts.get(1));
    }

    private static void assertStillWorks(Page page) throws Exception {
        page.client().click(page.sync());
        page.client().awaitSet(page.text(), "value", v -> v.asText().startsWith("Clicked"));
    }

    private static void assertError(Page page, String code, long ref) throws Exception {
        JsonNode error = page.client().awaitType("error");
        assertThat(error.get("code").asText()).isEqualTo(code);
        assertThat(error.get("message").asText()).isNotBlank();
        assertThat(error.get("ref").asLong()).isEqualTo(ref);
    }

    @Test
    void page_carriesBootJsonAndAStrictPolicy() throws Exception {
        var response = WsClient.get(server.port(), "/app");
        var boot = WsClient.page(server.port(), "/app");

        assertThat(response.headers().firstValue("Content-Security-Policy")).hasValueSatisfying(csp -> assertThat(csp).contains("script-src 'self'"));
        assertThat(boot.ws()).isEqualTo("/app/ws");
        assertThat(boot.token()).isNotBlank();
        assertThat(boot.csrf()).hasSizeGreaterThan(20);
    }

    @Test
    void connect_sendsInitWithTheWholeView() throws Exception {
        var page = open();

        assertThat(page.init().get("v").asInt()).isEqualTo(1);
        assertThat(page.init().get("seq").asInt()).isZero();
        JsonNode root = page.init().get("root");
        assertThat(root.get("type").asText()).isEqualTo("Row");
        assertThat(root.at("/props/children/0/props/name").asText()).isEqualTo("Sync");
        assertThat(root.at("/props/children/4/props/value").asInt()).isEqualTo(5);
    }

    @Test
    void click_syncCallback_patchesTextInBatchOne() throws Exception {
        var page = open();
        page.client().click(page.sync());

        JsonNode patch = page.client().await(m -> WsClient.setOp(m, page.text(), "value") != null);
        assertThat(patch.get("seq").asLong()).isEqualTo(1);
        assertThat(WsClient.setOp(patch, page.text(), "value").get("value").asText()).isEqualTo("Clicked 1");
    }

    @Test
    void click_asyncCallback_patchesRunningThenFinished() throws Exception {
        var page = open();
        page.client().click(page.slow());

        page.client().awaitSet(page.text(), "value", v -> v.asText().equals("Running 1"));
        page.client().awaitSet(page.text(), "value", v -> v.asText().equals("Finished 1"));
    }

    @Test
    void set_sliderValue_isAppliedAndAcknowledgedWithItsSeq() throws Exception {
        var page = open();
        page.client().set(page.slider(), "value", 7);

        JsonNode op = page.client().awaitSet(page.slider(), "value", v -> v.asInt() == 7);
        assertThat(op.get("ack").asLong()).isEqualTo(1);
    }

    @Test
    void set_outOfBoundsValue_repliesInvalidValueAndRevertsWithAck() throws Exception {
        var page = open();
        page.client().set(page.slider(), "value", 11);

        assertError(page, "invalid_value", 1);
        JsonNode op = page.client().awaitSet(page.slider(), "value", v -> v.asInt() == 5);
        assertThat(op.get("ack").asLong()).isEqualTo(1);
        assertStillWorks(page);
    }

    @Test
    void set_wrongType_repliesInvalidValue() throws Exception {
        var page = open();
        page.client().set(page.slider(), "value", "seven");

        assertError(page, "invalid_value", 1);
        assertStillWorks(page);
    }

    @Test
    void set_unknownComponent_repliesErrorAndSessionGoesOn() throws Exception {
        var page = open();
        var other = open();
        page.client().set("c000000000000", "value", 1);

        assertError(page, "unknown_component", 1);
        assertStillWorks(page);
        assertStillWorks(other);
    }

    @Test
    void set_unknownProperty_repliesError() throws Exception {
        var page = open();
        page.client().set(page.slider(), "colour", 1);

        assertError(page, "unknown_property", 1);
        assertStillWorks(page);
    }

    @Test
    void set_readOnlyProperty_repliesNotWritable() throws Exception {
        var page = open();
        page.client().set(page.sync(), "clicks", 100);

        assertError(page, "not_writable", 1);
        assertStillWorks(page);
    }

    @Test
    void click_disabledButton_repliesNotAllowed() throws Exception {
        var page = open();
        page.client().click(page.off());

        assertError(page, "not_allowed", 1);
        assertStillWorks(page);
    }

    @Test
    void malformedJson_repliesMalformedAndSessionGoesOn() throws Exception {
        var page = open();
        var other = open();
        page.client().sendRaw("{\"type\":\"set\",");

        JsonNode error = page.client().awaitType("error");
        assertThat(error.get("code").asText()).isEqualTo("malformed");
        assertThat(error.get("ref").isNull()).isTrue();
        assertStillWorks(page);
        assertStillWorks(other);
    }

    @Test
    void unknownMessageType_repliesUnknownType() throws Exception {
        var page = open();
        page.client().send(Map.of("type", "teleport"));

        assertError(page, "unknown_type", 1);
        assertStillWorks(page);
    }

    @Test
    void duplicateSeq_isDropped() throws Exception {
        var page = open();
        page.client().click(page.sync());
        page.client().send(Map.of("type", "event", "seq", 1, "id", page.sync(), "event", "click", "payload", Map.of()));
        page.client().click(page.sync());

        page.client().awaitSet(page.text(), "value", v -> v.asText().equals("Clicked 2"));
    }

    @Test
    void seqGap_getsAFreshInit() throws Exception {
        var page = open();
        page.client().send(Map.of("type", "ping", "seq", 5));

        JsonNode init = page.client().awaitType("init");
        assertThat(init.at("/root/id").asText()).isEqualTo(page.init().at("/root/id").asText());
    }

    @Test
    void wrongCsrf_closesWith1008() throws Exception {
        var page = open();
        page.client().send(Map.of("type", "ping", "csrf", "guess"));

        assertThat(page.client().closed.get(5, java.util.concurrent.TimeUnit.SECONDS)).isEqualTo(1008);
    }

    @Test
    void oversizedMessage_closesWith1009() throws Exception {
        var page = open();
        page.client().set(page.slider(), "name", "x".repeat(5000));

        assertThat(page.client().closed.get(5, java.util.concurrent.TimeUnit.SECONDS)).isEqualTo(1009);
    }

    @Test
    void staticTextWithMarkup_isSentAsPlainTextValue() throws Exception {
        var page = open();

        JsonNode xss = page.init().at("/root/props/children/5");
        assertThat(xss.get("type").asText()).isEqualTo("StaticText");
        assertThat(xss.at("/props/value").asText()).isEqualTo(TestApps.XSS);
    }

    @Test
    void health_countsSessions() throws Exception {
        open();
        var response = WsClient.get(server.port(), "/health");

        assertThat(response.statusCode()).isEqualTo(200);
        JsonNode health = WsClient.JSON.readTree(response.body());
        assertThat(health.get("status").asText()).isEqualTo("UP");
        assertThat(health.get("sessions").asInt()).isPositive();
    }

    @Test
    void clientFiles_areServed() throws Exception {
        var core = WsClient.get(server.port(), "/static/panel4j/core.js");
        var button = WsClient.get(server.port(), "/static/panel4j/views/Button.js");

        assertThat(core.statusCode()).isEqualTo(200);
        assertThat(core.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).contains("javascript"));
        assertThat(button.body()).contains("export function create");
    }
}
