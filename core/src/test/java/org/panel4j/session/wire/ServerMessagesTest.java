package org.panel4j.session.wire;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.panel4j.session.Batch;
import org.panel4j.session.Node;
import org.panel4j.session.Notification;
import org.panel4j.session.Op;
import org.panel4j.session.PropKey;

/** The server → page messages, field for field as docs/protocol.md shows them. */
class ServerMessagesTest {

    private static String json(Consumer<JsonWriter> message) {
        var out = new JsonText();
        message.accept(out);
        return out.toString();
    }

    @Test
    void init_writesTypeVersionTokenRootLocationThenSeq() {
        var root = new Node("c0", "Button", Map.of("label", "Go"));

        assertThat(json(out -> ServerMessages.init(out, root, "tok", Map.of("n", new PropKey("c0", "clicks")))))
                .isEqualTo("{\"type\":\"init\",\"v\":1,\"reconnect\":\"tok\",\"root\":{\"id\":\"c0\",\"type\":\"Button\","
                        + "\"props\":{\"label\":\"Go\"}},\"location\":{\"n\":{\"id\":\"c0\",\"prop\":\"clicks\"}},\"seq\":0}");
        assertThat(json(out -> ServerMessages.init(out, root, null, Map.of())))
                .isEqualTo("{\"type\":\"init\",\"v\":1,\"reconnect\":null,\"root\":{\"id\":\"c0\",\"type\":\"Button\","
                        + "\"props\":{\"label\":\"Go\"}},\"seq\":0}");
    }

    @Test
    void patch_writesEveryOpInItsFieldOrder() {
        var batch = new Batch(9, List.of(
                new Op.SetProp("c1", "value", "x", 4),
                new Op.StreamRows("s1", Map.of("x", new long[] {1, 2}), 3, 100, 7),
                new Op.PatchRows("s1", "x", 2, new int[] {0}, new double[] {Double.NaN}, 8),
                new Op.Notify(5, Notification.Level.WARNING, "careful", 3000),
                new Op.Dismiss(5)));

        assertThat(json(out -> ServerMessages.patch(out, batch))).isEqualTo("{\"type\":\"patch\",\"seq\":9,\"ops\":["
                + "{\"op\":\"set\",\"id\":\"c1\",\"prop\":\"value\",\"value\":\"x\",\"ack\":4},"
                + "{\"op\":\"stream\",\"id\":\"s1\",\"columns\":{\"x\":[1,2]},\"start\":3,\"rollover\":100,\"version\":7},"
                + "{\"op\":\"patch\",\"id\":\"s1\",\"column\":\"x\",\"offset\":2,\"indices\":[0],\"values\":[null],\"version\":8},"
                + "{\"op\":\"notify\",\"nid\":5,\"level\":\"warning\",\"message\":\"careful\",\"duration\":3000},"
                + "{\"op\":\"dismiss\",\"nid\":5}]}");
    }

    @Test
    void error_writesCodeMessageAndRef() {
        assertThat(json(out -> ServerMessages.error(out, "malformed", "bad", 3L)))
                .isEqualTo("{\"type\":\"error\",\"code\":\"malformed\",\"message\":\"bad\",\"ref\":3}");
        assertThat(json(out -> ServerMessages.error(out, "malformed", "bad", null)))
                .isEqualTo("{\"type\":\"error\",\"code\":\"malformed\",\"message\":\"bad\",\"ref\":null}");
    }

    @Test
    void values_ofEveryWireType() {
        Map<String, Object> map = new LinkedHashMap<>();
        map.put("z", null);
        map.put("a", List.of(1, 2L, 2.5, 1.5f, Float.NaN, Double.POSITIVE_INFINITY, new BigDecimal("1E+3"), true, "s"));
        map.put("b", new byte[] {1, 2, 3, -1});
        map.put("d", new double[] {0.5});
        map.put("i", new int[] {-1});

        assertThat(json(out -> ServerMessages.value(out, map))).isEqualTo("{\"z\":null,"
                + "\"a\":[1,2,2.5,1.5,null,null,1E+3,true,\"s\"],\"b\":\"AQID/w==\",\"d\":[0.5],\"i\":[-1]}");
    }

    @Test
    void numericArrays_goThroughTheWritersNumbers_soAHostCanSendThemAnotherWay() {
        List<Object> seen = new ArrayList<>();
        var out = new JsonText() {
            @Override
            public void numbers(double[] values) {
                seen.add(values);
                nullValue();
            }
        };
        double[] column = {1, 2, 3};
        ServerMessages.value(out, Map.of("x", column));

        assertThat(seen).containsExactly(column);
        assertThat(out.toString()).isEqualTo("{\"x\":null}");
    }

    @Test
    void anUnknownType_isRefused() {
        assertThatThrownBy(() -> json(out -> ServerMessages.value(out, new Object())))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("not a wire value: java.lang.Object");
    }
}
