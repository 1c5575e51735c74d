package org.panel4j.session.wire;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The strict rules for page → server messages (docs/protocol.md), on parsed values. */
class ClientMessagesTest {

    /** A parsed object: name, value, name, value… (values may be null). */
    private static Map<String, @Nullable Object> object(@Nullable Object... members) {
        Map<String, @Nullable Object> map = new LinkedHashMap<>();
        for (int i = 0; i < members.length; i += 2) {
            map.put((String) members[i], members[i + 1]);
        }
        return map;
    }

    private static MalformedMessageException refusal(@Nullable Object parsed) {
        try {
            ClientMessages.read(parsed);
        } catch (MalformedMessageException e) {
            return e;
        }
        throw new AssertionError("not refused: " + parsed);
    }

    @Test
    void set_readsWithAJsonValue() {
        var value = Arrays.asList(1L, 2.5, "x", true, null, Map.of("a", 1L));

        assertThat(ClientMessages.read(object("type", "set", "seq", 3L, "csrf", "k", "id", "c1", "prop", "value",
                "value", value))).isEqualTo(new ClientMessage.Set(3, "k", "c1", "value", value));
        assertThat(ClientMessages.read(object("type", "set", "seq", 4L, "csrf", "k", "id", "c1", "prop", "value",
                "value", null))).isEqualTo(new ClientMessage.Set(4, "k", "c1", "value", null));
    }

    @Test
    void event_readsWithPayloadOrNone() {
        assertThat(ClientMessages.read(object("type", "event", "seq", 1L, "csrf", "k", "id", "c1", "event", "click",
                "payload", Map.of("x", 1L)))).isEqualTo(new ClientMessage.Event(1, "k", "c1", "click", Map.of("x", 1L)));
        assertThat(ClientMessages.read(object("type", "event", "seq", 2L, "csrf", "k", "id", "c1", "event", "click")))
                .isEqualTo(new ClientMessage.Event(2, "k", "c1", "click", Map.of()));
        assertThat(ClientMessages.read(object("type", "event", "seq", 2L, "csrf", "k", "id", "c1", "event", "click",
                "payload", null))).isEqualTo(new ClientMessage.Event(2, "k", "c1", "click", Map.of()));
    }

    @Test
    void resyncPingAndMoving_read() {
        assertThat(ClientMessages.read(object("type", "resync", "seq", 4L, "csrf", "k"))).isEqualTo(new ClientMessage.Resync(4, "k"));
        assertThat(ClientMessages.read(object("type", "ping", "seq", 5L, "csrf", "k"))).isEqualTo(new ClientMessage.Ping(5, "k"));
        assertThat(ClientMessages.read(object("type", "moving", "seq", 6L, "csrf", "k"))).isEqualTo(new ClientMessage.Moving(6, "k"));
    }

    @Test
    void unknownType_isRefusedAsUnknownType_withItsSeq_andBounded() {
        var e = refusal(object("type", "teleport" + "x".repeat(100), "seq", 7L, "csrf", "k"));

        assertThat(e.code()).isEqualTo("unknown_type");
        assertThat(e.ref()).isEqualTo(7L);
        assertThat(e.getMessage()).startsWith("unknown message type 'teleportxxx").contains("…(108 chars)");
    }

    static Stream<Object[]> malformed() {
        return Stream.of(
                new Object[] {List.of(1L), "a message must be a JSON object", null},
                new Object[] {"ping", "a message must be a JSON object", null},
                new Object[] {object("seq", 1L, "csrf", "k"), "field 'type' must be a string", 1L},
                new Object[] {object("type", 1L, "seq", 1L, "csrf", "k"), "field 'type' must be a string", 1L},
                new Object[] {object("type", "ping", "csrf", "k"), "field 'seq' must be a whole number of at least 1", null},
                new Object[] {object("type", "ping", "seq", "1", "csrf", "k"), "field 'seq' must be a whole number of at least 1", null},
                new Object[] {object("type", "ping", "seq", 1.5, "csrf", "k"), "field 'seq' must be a whole number of at least 1", null},
                new Object[] {object("type", "ping", "seq", 0L, "csrf", "k"), "field 'seq' must be a whole number of at least 1", null},
                new Object[] {object("type", "ping", "seq", 1L), "missing field 'csrf'", 1L},
                new Object[] {object("type", "ping", "seq", 1L, "csrf", 5L), "field 'csrf' must be a string", 1L},
                new Object[] {object("type", "ping", "seq", 2L, "csrf", "k", "extra", 1L), "unknown field 'extra' in a 'ping' message", 2L},
                new Object[] {object("type", "set", "seq", 1L, "csrf", "k", "id", "c", "prop", "v"), "missing field 'value'", 1L},
                new Object[] {object("type", "set", "seq", 1L, "csrf", "k", "id", 3L, "prop", "v", "value", 1L), "field 'id' must be a string", 1L},
                new Object[] {object("type", "set", "seq", 1L, "csrf", "k", "id", "c", "prop", "v", "value", Double.POSITIVE_INFINITY), "numbers must be finite", 1L},
                new Object[] {object("type", "set", "seq", 1L, "csrf", "k", "id", "c", "prop", "v", "value", List.of(Map.of("a", Double.NaN))), "numbers must be finite", 1L},
                new Object[] {object("type", "set", "seq", 1L, "csrf", "k", "id", "c", "prop", "v", "value", 1), "unsupported JSON value", 1L},
                new Object[] {object("type", "event", "seq", 1L, "csrf", "k", "id", "c", "event", "click", "payload", List.of(1L)), "field 'payload' must be an object", 1L},
                new Object[] {object("type", "event", "seq", 3.0, "csrf", "k", "id", "c", "event", "click"), "field 'seq' must be a whole number of at least 1", null});
    }

    @ParameterizedTest
    @MethodSource
    void malformed(Object parsed, String message, @Nullable Long ref) {
        var e = refusal(parsed);

        assertThat(e.code()).isEqualTo("malformed");
        assertThat(e.getMessage()).isEqualTo(message);
        assertThat(e.ref()).isEqualTo(ref);
    }

    @Test
    void aWholeDoubleSeq_isEchoedInTheRefusalOfAnotherField() {
        assertThat(refusal(object("type", 2L, "seq", 3.0, "csrf", "k")).ref()).isEqualTo(3L);
    }

    @Test
    void value_acceptsWireValuesOnly() {
        assertThat(ClientMessages.value(Map.of("a", List.of(1L, "x")))).isEqualTo(Map.of("a", List.of(1L, "x")));
        assertThatThrownBy(() -> ClientMessages.value(Double.NaN)).isInstanceOf(MalformedMessageException.class);
    }
}
