package org.panel4j.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.panel4j.session.ClientSink;
import org.panel4j.AppSession;
import org.panel4j.server.internal.ClientMessage;
import org.panel4j.server.internal.MalformedMessageException;
import org.panel4j.server.internal.ProtocolDecoder;
import org.panel4j.server.internal.ProtocolEncoder;
import org.panel4j.session.ClientInputException;
import org.panel4j.session.Session;
import org.panel4j.session.SessionHost;

/**
 * Property tests with seeded generators (a failure names its seed and input): the decoder throws
 * nothing but {@link MalformedMessageException}, and random client messages against one session
 * throw nothing but the documented rejections and never change another session.
 */
class ClientInputFuzzTest {

    private static final ProtocolDecoder DECODER = new ProtocolDecoder();
    private static final ProtocolEncoder ENCODER = new ProtocolEncoder();

    private static ClientMessage decodeOrNull(String text, long seed) {
        try {
            return DECODER.decode(text);
        } catch (MalformedMessageException e) {
            assertThat(e.code()).isIn("malformed", "unknown_type");
            return null;
        } catch (RuntimeException | StackOverflowError e) {
            return fail("seed " + seed + ": decode threw " + e + " for " + text, e);
        }
    }

    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3, 4})
    void decoder_onRandomAndMutatedInput_onlyEverRefusesWithItsCode(long seed) throws Exception {
        var gen = new FuzzInputs(seed);
        for (int i = 0; i < 5_000; i++) {
            String valid = WsClient.JSON.writeValueAsString(gen.message(List.of("c1", "c2"), "secret", i + 1));
            decodeOrNull(valid, seed);
            decodeOrNull(gen.mutate(valid), seed);
            decodeOrNull(gen.text(), seed);
        }
    }

    private static String snapshot(Session session) {
        return ENCODER.init(session.connect(ClientSink.discarding()), null).json();
    }

    @ParameterizedTest
    @ValueSource(longs = {11, 12, 13})
    void randomClientMessages_toOneSession_neverThrowUndocumented_norTouchAnother(long seed) throws Exception {
        try (var host = SessionHost.create()) {
            Session a = AppSession.open(TestApps.clicks(), host).session();
            Session b = AppSession.open(TestApps.clicks(), host).session();
            String before = snapshot(b);
            List<String> ids = new ArrayList<>();
            for (String type : List.of("Button", "StaticText", "IntSlider", "Row")) {
                ids.addAll(WsClient.ids(WsClient.JSON.readTree(snapshot(a)).get("root"), type));
                ids.addAll(WsClient.ids(WsClient.JSON.readTree(before).get("root"), type));
            }
            var gen = new FuzzInputs(seed);
            for (int i = 1; i <= 3_000; i++) {
                Map<String, Object> fields = gen.message(ids, "secret", i);
                String text = WsClient.JSON.writeValueAsString(fields);
                ClientMessage message = decodeOrNull(text, seed);
                try {
                    switch (message) {
                        case null -> { }
                        case ClientMessage.Set set -> a.applyClientValue(set.id(), set.prop(), set.value(), set.seq());
                        case ClientMessage.Event event -> a.applyClientEvent(event.id(), event.event(), event.payload());
                        case ClientMessage.Resync resync -> snapshot(a);
                        case ClientMessage.Ping ping -> { }
                    }
                } catch (ClientInputException e) {
                    assertThat(e.getMessage()).isNotBlank();
                } catch (RuntimeException e) {
                    fail("seed " + seed + ": applying threw " + e + " for " + text, e);
                }
            }
            awaitQuiet(a);
            assertThat(snapshot(b)).as("seed %d: the other session", seed).isEqualTo(before);
            assertThat(a.isDestroyed()).isFalse();
            snapshot(a); // and the session under fire still renders
        }
    }

    private static void awaitQuiet(Session session) throws InterruptedException {
        long deadline = System.nanoTime() + 10_000_000_000L;
        while (!session.isQuiet() && System.nanoTime() < deadline) {
            Thread.sleep(10);
        }
    }
}
