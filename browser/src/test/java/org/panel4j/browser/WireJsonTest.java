package org.panel4j.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.panel4j.server.internal.ProtocolEncoder;
import org.panel4j.session.Batch;
import org.panel4j.session.Node;
import org.panel4j.session.Notification;
import org.panel4j.session.Op;
import org.panel4j.session.PropKey;

/** The page's messages are the server's, character for character (docs/protocol.md). */
class WireJsonTest {

    private final ProtocolEncoder server = new ProtocolEncoder(Integer.MAX_VALUE);

    @Test
    void aPatchOfEveryOpAndValueKind_isWhatTheServerSends() {
        Map<String, Object> map = new LinkedHashMap<>();
        map.put("a", 1);
        map.put("b", List.of("x", 2.5, true));
        map.put("c", null);
        var batch = new Batch(7, List.of(
                new Op.SetProp("c1", "value", "quote \" backslash \\ newline \n tab \t bell \u0007 é ✓", 3),
                new Op.SetProp("c1", "n", 42L, 0),
                new Op.SetProp("c1", "x", 1.0, 0),
                new Op.SetProp("c1", "y", -0.125, 0),
                new Op.SetProp("c1", "big", 1.5e300, 0),
                new Op.SetProp("c1", "nan", Double.NaN, 0),
                new Op.SetProp("c1", "map", map, 0),
                new Op.SetProp("c1", "bytes", new byte[] {1, 2, 3, -1}, 0),
                new Op.SetProp("c1", "doubles", new double[] {1, 2.5, Double.POSITIVE_INFINITY}, 0),
                new Op.SetProp("c1", "longs", new long[] {1, -2, Long.MAX_VALUE}, 0),
                new Op.StreamRows("s1", Map.of("x", new double[] {1, 2}), 4, 100, 9),
                new Op.PatchRows("s1", "x", 3, new int[] {0, 1}, new double[] {7, 8}, 10),
                new Op.Notify(1, Notification.Level.WARNING, "careful", 3000),
                new Op.Dismiss(1)));

        assertThat(WireJson.patch(batch)).isEqualTo(server.patch(batch).json());
    }

    @Test
    void init_isWhatTheServerSendsWithoutAReconnectToken() {
        var root = new Node("c0", "Row", Map.of("children", List.of(
                new Node("c1", "Button", Map.of("label", "Click me!", "clicks", 0)),
                new Node("c2", "StaticText", Map.of("value", "")))));
        Map<String, PropKey> location = Map.of("n", new PropKey("c1", "clicks"));

        assertThat(WireJson.init(root, location)).isEqualTo(server.init(root, null, location).json());
        assertThat(WireJson.init(root, Map.of())).isEqualTo(server.init(root, null, Map.of()).json());
    }

    @Test
    void error_isWhatTheServerSends() {
        assertThat(WireJson.error("bad_value", "no \"way\"", 5L)).isEqualTo(server.error("bad_value", "no \"way\"", 5L));
        assertThat(WireJson.error("malformed", "x", null)).isEqualTo(server.error("malformed", "x", null));
    }

    @Test
    void clientMessages_readAsTheServerReadsThem() {
        Object message = JsonReader.read(
                "{\"type\":\"set\",\"seq\":12,\"id\":\"c1\",\"prop\":\"value\",\"value\":[1,2.5,\"a\\u00e9\\n\",true,null,{\"k\":-3}]}");

        assertThat(message).isEqualTo(Map.of("type", "set", "seq", 12L, "id", "c1", "prop", "value",
                "value", Arrays.asList(1L, 2.5, "a\u00e9\n", true, null, Map.of("k", -3L))));
        assertThat(JsonReader.read(" 1e3 ")).isEqualTo(1000.0);
    }

    @Test
    void tooDeepOrTrailingText_isRefused() {
        String deep = "[".repeat(JsonReader.MAX_DEPTH + 1) + "]".repeat(JsonReader.MAX_DEPTH + 1);
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> JsonReader.read(deep))
                .hasMessageContaining("nesting");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> JsonReader.read("{} x"))
                .hasMessageContaining("text after");
    }
}
