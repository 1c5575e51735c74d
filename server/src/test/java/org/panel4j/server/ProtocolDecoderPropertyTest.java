package org.panel4j.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonProcessingException;
import java.util.LinkedHashMap;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.panel4j.server.internal.ClientMessage;
import org.panel4j.server.internal.MalformedMessageException;
import org.panel4j.server.internal.ProtocolDecoder;

/**
 * Property tests of the decoder (jqwik): on any text it returns a message or refuses with its code and
 * a bounded, one-line message, never anything else; a well-formed message decodes to what was sent.
 * A few hundred tries each in the test command; {@code -Pfuzz} runs a million (see docs/security.md).
 */
class ProtocolDecoderPropertyTest {

    private static final ProtocolDecoder DECODER = new ProtocolDecoder();

    static ClientMessage decodeOrRefuse(String text) {
        try {
            return DECODER.decode(text);
        } catch (MalformedMessageException e) {
            assertThat(e.code()).isIn("malformed", "unknown_type");
            assertThat(e.getMessage()).hasSizeLessThan(300).doesNotContain("\n", "\r");
            return null;
        }
    }

    @Provide
    Arbitrary<String> texts() {
        return Arbitraries.oneOf(ClientInputArbitraries.strings(), Arbitraries.strings().all().ofMaxLength(300));
    }

    @Provide
    Arbitrary<String> messageTexts() {
        return ClientInputArbitraries.messages().map(ProtocolDecoderPropertyTest::json);
    }

    @Provide
    Arbitrary<String> mutatedMessages() {
        return ClientInputArbitraries.mutated(messageTexts());
    }

    @Provide
    Arbitrary<Map<String, Object>> sets() {
        return net.jqwik.api.Combinators.combine(Arbitraries.longs().between(1, Long.MAX_VALUE),
                ClientInputArbitraries.strings(), ClientInputArbitraries.strings(), ClientInputArbitraries.json())
                .as((seq, id, prop, value) -> {
                    var m = new LinkedHashMap<String, Object>();
                    m.put("type", "set");
                    m.put("seq", seq);
                    m.put("csrf", "secret");
                    m.put("id", id);
                    m.put("prop", prop);
                    m.put("value", value);
                    return m;
                });
    }

    static String json(Map<String, Object> fields) {
        try {
            return WsClient.JSON.writeValueAsString(fields);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    @Property
    void anyText_isDecodedOrRefusedWithItsCode(@ForAll("texts") String text) {
        decodeOrRefuse(text);
    }

    @Property
    void generatedMessages_areDecodedOrRefusedWithTheirCode(@ForAll("messageTexts") String text) {
        decodeOrRefuse(text);
    }

    @Property
    void mutatedMessages_areDecodedOrRefusedWithTheirCode(@ForAll("mutatedMessages") String text) {
        decodeOrRefuse(text);
    }

    @Property
    void aWellFormedSet_decodesToWhatWasSent(@ForAll("sets") Map<String, Object> fields) {
        var set = (ClientMessage.Set) DECODER.decode(json(fields));
        assertThat(set.seq()).isEqualTo(fields.get("seq"));
        assertThat(set.id()).isEqualTo(fields.get("id"));
        assertThat(set.prop()).isEqualTo(fields.get("prop"));
        assertThat(set.value()).isEqualTo(fields.get("value"));
    }
}
