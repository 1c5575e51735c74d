package org.panel4j.server.internal;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.panel4j.session.Batch;
import org.panel4j.session.Node;
import org.panel4j.session.Notification;
import org.panel4j.session.Op;
import org.panel4j.session.wire.ClientMessage;

class ProtocolEncoderTest {

    private final ProtocolEncoder encoder = new ProtocolEncoder();
    private final ObjectMapper json = new ObjectMapper();

    @Test
    void init_carriesTheNodeTreeWithEveryWireValueKind() throws Exception {
        var props = new LinkedHashMap<String, Object>();
        props.put("n", null);
        props.put("b", true);
        props.put("i", 3);
        props.put("d", 2.5);
        props.put("nan", Double.NaN);
        props.put("s", "<b>x</b>");
        props.put("bytes", new byte[] {1, 2, 3});
        props.put("list", List.of("a", 1L));
        props.put("children", List.of(new Node("c2", "Button", Map.of("name", "Go"))));
        JsonNode init = json.readTree(encoder.init(new Node("c1", "Row", props), null).json());

        assertThat(init.get("type").asText()).isEqualTo("init");
        assertThat(init.get("v").asInt()).isEqualTo(1);
        assertThat(init.get("seq").asInt()).isZero();
        JsonNode p = init.at("/root/props");
        assertThat(init.at("/root/id").asText()).isEqualTo("c1");
        assertThat(p.get("n").isNull()).isTrue();
        assertThat(p.get("b").asBoolean()).isTrue();
        assertThat(p.get("i").asInt()).isEqualTo(3);
        assertThat(p.get("d").asDouble()).isEqualTo(2.5);
        assertThat(p.get("nan").isNull()).isTrue();
        assertThat(p.get("s").asText()).isEqualTo("<b>x</b>");
        assertThat(p.get("bytes").asText()).isEqualTo("AQID");
        assertThat(p.get("list").toString()).isEqualTo("[\"a\",1]");
        assertThat(p.at("/children/0/type").asText()).isEqualTo("Button");
        assertThat(p.at("/children/0/props/name").asText()).isEqualTo("Go");
    }

    @Test
    void patch_encodesEveryOp() throws Exception {
        var batch = new Batch(4, List.of(
                new Op.SetProp("c1", "value", 7, 3),
                new Op.StreamRows("d1", Map.of("x", new double[] {1.5, 2}, "y", new long[] {3}, "z", new int[] {4}), 40, 100, 6),
                new Op.PatchRows("d1", "x", 38, new int[] {0, 2}, List.of(9.5, 10), 7),
                new Op.Notify(12, Notification.Level.WARNING, "<i>careful</i>", 0),
                new Op.Dismiss(12)));
        JsonNode patch = json.readTree(encoder.patch(batch).json());

        assertThat(patch.get("seq").asLong()).isEqualTo(4);
        assertThat(patch.at("/ops/0").toString()).isEqualTo("{\"op\":\"set\",\"id\":\"c1\",\"prop\":\"value\",\"value\":7,\"ack\":3}");
        assertThat(patch.at("/ops/1/columns/x").toString()).isEqualTo("[1.5,2.0]");
        assertThat(patch.at("/ops/1/columns/y").toString()).isEqualTo("[3]");
        assertThat(patch.at("/ops/1/columns/z").toString()).isEqualTo("[4]");
        assertThat(patch.at("/ops/1/start").asLong()).isEqualTo(40);
        assertThat(patch.at("/ops/1/rollover").asInt()).isEqualTo(100);
        assertThat(patch.at("/ops/1/version").asLong()).isEqualTo(6);
        assertThat(patch.at("/ops/2").toString()).isEqualTo(
                "{\"op\":\"patch\",\"id\":\"d1\",\"column\":\"x\",\"offset\":38,\"indices\":[0,2],\"values\":[9.5,10],\"version\":7}");
        assertThat(patch.at("/ops/3").toString())
                .isEqualTo("{\"op\":\"notify\",\"nid\":12,\"level\":\"warning\",\"message\":\"<i>careful</i>\",\"duration\":0}");
        assertThat(patch.at("/ops/4").toString()).isEqualTo("{\"op\":\"dismiss\",\"nid\":12}");
    }

    @Test
    void aFanOut_equalOpsForManySessions_eachPatchCarriesItsOwnSeq_andADifferentBatchIsEncodedAfresh()
            throws Exception {
        var ticker = List.<Op>of(new Op.SetProp("t1", "value", "tick 7", 0));
        for (long seq = 1; seq <= 3; seq++) {
            JsonNode patch = json.readTree(encoder.patch(new Batch(seq, ticker)).json());
            assertThat(patch.get("type").asText()).isEqualTo("patch");
            assertThat(patch.get("seq").asLong()).isEqualTo(seq);
            assertThat(patch.get("ops").toString()).isEqualTo("[{\"op\":\"set\",\"id\":\"t1\",\"prop\":\"value\",\"value\":\"tick 7\",\"ack\":0}]");
        }

        var echoed = List.<Op>of(new Op.SetProp("t1", "value", "tick 7", 5)); // equal but for the ack
        JsonNode patch = json.readTree(encoder.patch(new Batch(4, echoed)).json());
        assertThat(patch.at("/ops/0/ack").asLong()).isEqualTo(5);
        JsonNode next = json.readTree(encoder.patch(new Batch(5, List.of(new Op.SetProp("t1", "value", "tick 8", 0)))).json());
        assertThat(next.at("/ops/0/value").asText()).isEqualTo("tick 8");
    }

    @Test
    void error_andBoot_haveTheirFields() throws Exception {
        assertThat(json.readTree(encoder.error("malformed", "bad", null)).toString())
                .isEqualTo("{\"type\":\"error\",\"code\":\"malformed\",\"message\":\"bad\",\"ref\":null}");
        assertThat(json.readTree(encoder.boot("t", "c", "/a/ws")).toString())
                .isEqualTo("{\"v\":1,\"token\":\"t\",\"csrf\":\"c\",\"ws\":\"/a/ws\"}");
    }

    @Test
    void boot_tellsThePageTheReconnectGrace() throws Exception {
        assertThat(json.readTree(encoder.boot("t", "c", "/a/ws", Duration.ofSeconds(30))).toString())
                .isEqualTo("{\"v\":1,\"token\":\"t\",\"csrf\":\"c\",\"ws\":\"/a/ws\",\"grace\":30000}");
    }

    @Test
    void encodedSet_decodesBackToTheSameValue() {
        String set = "{\"type\":\"set\",\"seq\":1,\"csrf\":\"k\",\"id\":\"c1\",\"prop\":\"value\",\"value\":"
                + encoder.init(new Node("c1", "X", Map.of("v", List.of(1L, "two"))), null).json().replaceAll(".*\"props\":\\{\"v\":(.*)}},\"seq\":0}", "$1") + "}";
        var decoded = (ClientMessage.Set) new ProtocolDecoder().decode(set);

        assertThat(decoded.value()).isEqualTo(List.of(1L, "two"));
    }
}
