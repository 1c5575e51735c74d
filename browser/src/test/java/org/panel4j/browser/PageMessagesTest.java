package org.panel4j.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.panel4j.server.internal.ProtocolDecoder;
import org.panel4j.server.internal.ProtocolEncoder;
import org.panel4j.session.Batch;
import org.panel4j.session.Node;
import org.panel4j.session.Notification;
import org.panel4j.session.Op;
import org.panel4j.session.PropKey;
import org.panel4j.session.wire.ClientMessages;
import org.panel4j.session.wire.JsonText;
import org.panel4j.session.wire.MalformedMessageException;
import org.panel4j.session.wire.ServerMessages;

/**
 * The page writes its messages with the server's codec over {@link JsonText}: character for character
 * what the server sends over Jackson (docs/protocol.md, docs/decisions/0030-one-wire-codec.md).
 */
class PageMessagesTest {

    private final ProtocolEncoder server = new ProtocolEncoder(Integer.MAX_VALUE);

    @Test
    void aPatchOfEveryOpAndValueKind_isWhatTheServerSends() {
        Map<String, Object> map = new LinkedHashMap<>();
        map.put("a", 1);
        map.put("b", List.of("x", 2.5, true));
        map.put("c", null);
        var batch = new Batch(7, List.of(
                new Op.SetProp("c1", "value", "quote \" backslash \\ newline \n tab \t bell \u0007 esc \u001b bs \b ff \f é ✓", 3),
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

        assertThat(page(out -> ServerMessages.patch(out, batch))).isEqualTo(server.patch(batch).json());
    }

    @Test
    void init_isWhatTheServerSendsWithoutAReconnectToken() {
        var root = new Node("c0", "Row", Map.of("children", List.of(
                new Node("c1", "Button", Map.of("label", "Click me!", "clicks", 0)),
                new Node("c2", "StaticText", Map.of("value", "")))));
        Map<String, PropKey> location = Map.of("n", new PropKey("c1", "clicks"));

        assertThat(page(out -> ServerMessages.init(out, root, null, location))).isEqualTo(server.init(root, null, location).json());
        assertThat(page(out -> ServerMessages.init(out, root, null, Map.of()))).isEqualTo(server.init(root, null, Map.of()).json());
    }

    @Test
    void error_isWhatTheServerSends() {
        assertThat(page(out -> ServerMessages.error(out, "bad_value", "no \"way\"", 5L))).isEqualTo(server.error("bad_value", "no \"way\"", 5L));
        assertThat(page(out -> ServerMessages.error(out, "malformed", "x", null))).isEqualTo(server.error("malformed", "x", null));
    }

    private static String page(java.util.function.Consumer<JsonText> message) {
        var text = new JsonText();
        message.accept(text);
        return text.toString();
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
    void badClientMessages_areRefusedInThePageAsOnTheServer() {
        var server = new ProtocolDecoder();
        for (String text : List.of(
                "{\"type\":\"teleport\",\"seq\":7,\"csrf\":\"k\"}",
                "{\"type\":\"set\",\"seq\":3,\"csrf\":\"k\",\"id\":\"c1\",\"prop\":\"value\",\"value\":1,\"x\":2}",
                "{\"type\":\"event\",\"seq\":4,\"csrf\":\"k\",\"id\":\"c1\",\"event\":\"click\",\"payload\":[1]}",
                "{\"type\":\"set\",\"seq\":5,\"csrf\":\"k\",\"id\":\"c1\",\"prop\":\"value\",\"value\":1e999}",
                "{\"type\":\"ping\",\"seq\":0,\"csrf\":\"k\"}")) {
            MalformedMessageException inPage = refusal(() -> ClientMessages.read(JsonReader.read(text)));
            MalformedMessageException onServer = refusal(() -> server.decode(text));

            assertThat(List.of(inPage.code(), inPage.getMessage(), String.valueOf(inPage.ref())))
                    .as(text).isEqualTo(List.of(onServer.code(), onServer.getMessage(), String.valueOf(onServer.ref())));
        }
    }

    private static MalformedMessageException refusal(Runnable decode) {
        try {
            decode.run();
        } catch (MalformedMessageException e) {
            return e;
        }
        throw new AssertionError("not refused");
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
