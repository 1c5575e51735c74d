package org.panel4j.server.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.panel4j.session.wire.ClientMessage;
import org.panel4j.session.wire.MalformedMessageException;

@SuppressWarnings("unchecked")
class ProtocolDecoderTest {

    private final ProtocolDecoder decoder = new ProtocolDecoder();

    private void assertRefused(String text, String code) {
        assertThatThrownBy(() -> decoder.decode(text)).isInstanceOfSatisfying(MalformedMessageException.class,
                e -> assertThat(e.code()).isEqualTo(code));
    }

    @Test
    void set_decodesWithAJsonValue() {
        var message = decoder.decode("{\"type\":\"set\",\"seq\":3,\"csrf\":\"k\",\"id\":\"c1\",\"prop\":\"value\",\"value\":[1,2.5,\"x\",true,null,{\"a\":1}]}");

        assertThat(message).isInstanceOfSatisfying(ClientMessage.Set.class, set -> {
            assertThat(set.seq()).isEqualTo(3);
            assertThat(set.csrf()).isEqualTo("k");
            assertThat(set.id()).isEqualTo("c1");
            assertThat(set.prop()).isEqualTo("value");
            assertThat(set.value()).asInstanceOf(org.assertj.core.api.InstanceOfAssertFactories.LIST).containsExactly(1L, 2.5, "x", true, null, Map.of("a", 1L));
        });
    }

    @Test
    void event_decodesWithPayloadOrNone() {
        var withPayload = decoder.decode("{\"type\":\"event\",\"seq\":1,\"csrf\":\"k\",\"id\":\"c1\",\"event\":\"click\",\"payload\":{\"x\":1}}");
        var without = decoder.decode("{\"type\":\"event\",\"seq\":2,\"csrf\":\"k\",\"id\":\"c1\",\"event\":\"click\"}");

        assertThat(withPayload).isEqualTo(new ClientMessage.Event(1, "k", "c1", "click", Map.of("x", 1L)));
        assertThat(without).isEqualTo(new ClientMessage.Event(2, "k", "c1", "click", Map.of()));
    }

    @Test
    void resyncAndPing_decode() {
        assertThat(decoder.decode("{\"type\":\"resync\",\"seq\":4,\"csrf\":\"k\"}")).isEqualTo(new ClientMessage.Resync(4, "k"));
        assertThat(decoder.decode("{\"type\":\"ping\",\"seq\":5,\"csrf\":\"k\"}")).isEqualTo(new ClientMessage.Ping(5, "k"));
    }

    @Test
    void unknownType_isRefusedAsUnknownType_withItsSeq() {
        assertThatThrownBy(() -> decoder.decode("{\"type\":\"teleport\",\"seq\":7,\"csrf\":\"k\"}"))
                .isInstanceOfSatisfying(MalformedMessageException.class, e -> {
                    assertThat(e.code()).isEqualTo("unknown_type");
                    assertThat(e.ref()).isEqualTo(7L);
                });
    }

    /** The parser's limits; the message rules are the core's (ClientMessagesTest), here end to end once. */
    @ParameterizedTest
    @ValueSource(strings = {
        "not json", "{\"type\":\"ping\",", "[1,2]", "\"ping\"", "null", "", "  ",
        "{\"type\":\"ping\",\"seq\":1,\"csrf\":\"k\",\"seq\":2}",                  // duplicate key
        "{\"type\":\"ping\",\"seq\":1,\"csrf\":\"k\"} {}",                          // trailing data
        "{\"type\":\"ping\",\"seq\":1,\"csrf\":\"k\"} x",                           // trailing text
        "{\"type\":\"ping\",\"seq\":99999999999999999999,\"csrf\":\"k\"}",          // seq beyond a long
        "{\"type\":\"ping\",\"seq\":1,\"csrf\":\"k\",\"extra\":1}",                // unknown field (core)
        "{\"type\":\"set\",\"seq\":1,\"csrf\":\"k\",\"id\":\"c\",\"prop\":\"v\",\"value\":1e999}",   // not finite
        "{\"type\":\"set\",\"seq\":1,\"csrf\":\"k\",\"id\":\"c\",\"prop\":\"v\",\"value\":[1e999]}",
        "{\"type\":\"set\",\"seq\":1,\"csrf\":\"k\",\"id\":\"c\",\"prop\":\"v\",\"value\":NaN}",
        "{\"type\":\"event\",\"seq\":1,\"csrf\":\"k\",\"id\":\"c\",\"event\":\"click\",\"payload\":[1]}",
    })
    void malformed_isRefusedAsMalformed(String text) {
        assertRefused(text, "malformed");
    }

    @Test
    void aBigIntegerInAValue_isADouble_andAValueIsUnmodifiable() {
        var set = (ClientMessage.Set) decoder.decode(
                "{\"type\":\"set\",\"seq\":1,\"csrf\":\"k\",\"id\":\"c\",\"prop\":\"v\",\"value\":[99999999999999999999,{\"a\":[]}]}");

        assertThat(set.value()).isEqualTo(List.of(1e20, Map.of("a", List.of())));
        assertThatThrownBy(() -> ((List<Object>) set.value()).add(1)).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> ((Map<String, Object>) ((List<?>) set.value()).get(1)).put("b", 1))
                .isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void urlValue_isJsonWithinLimits_elseTheText() {
        assertThat(decoder.urlValue("7")).isEqualTo(7L);
        assertThat(decoder.urlValue("\"7\"")).isEqualTo("7");
        assertThat(decoder.urlValue("[1,true]")).isEqualTo(List.of(1L, true));
        assertThat(decoder.urlValue("abc")).isEqualTo("abc");
        assertThat(decoder.urlValue("1e999")).isEqualTo("1e999");
        assertThat(decoder.urlValue("1 2")).isEqualTo("1 2");
        assertThat(decoder.urlValue("")).isEqualTo("");
    }

    @Test
    void tooDeep_isRefusedAsMalformed() {
        String deep = "[".repeat(20) + "]".repeat(20);
        assertRefused("{\"type\":\"set\",\"seq\":1,\"csrf\":\"k\",\"id\":\"c\",\"prop\":\"v\",\"value\":" + deep + "}", "malformed");
    }

    @Test
    void tooLongString_isRefusedAsMalformed() {
        String longText = "x".repeat(ProtocolDecoder.MAX_STRING + 1);
        assertRefused("{\"type\":\"set\",\"seq\":1,\"csrf\":\"k\",\"id\":\"c\",\"prop\":\"v\",\"value\":\"" + longText + "\"}", "malformed");
    }
}
