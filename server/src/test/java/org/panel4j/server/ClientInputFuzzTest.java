package org.panel4j.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.panel4j.AppSession;
import org.panel4j.server.internal.ProtocolDecoder;
import org.panel4j.server.internal.ProtocolEncoder;
import org.panel4j.session.ClientInputException;
import org.panel4j.session.ClientSink;
import org.panel4j.session.Session;
import org.panel4j.session.SessionHost;
import org.panel4j.session.internal.SessionCore;
import org.panel4j.session.wire.ClientMessage;
import org.panel4j.session.wire.MalformedMessageException;

/**
 * Property tests with seeded generators (a failure names its seed and input): the decoder throws
 * nothing but {@link MalformedMessageException} with a bounded one-line message and decodes a
 * well-formed message to what was sent; random client messages against one session throw nothing
 * but the documented rejections and never change another session.
 *
 * <p>The test command runs fixed seeds briefly. The long run ({@code mvn -B -pl server -am -Pfuzz verify},
 * see docs/security.md) sets {@code panel4j.fuzz.rounds} to many rounds per seed and
 * {@code panel4j.fuzz.random} to add a random number to every seed, printed with the counts; rerun a
 * failure with {@code -Dpanel4j.fuzz.seed=N}.
 */
class ClientInputFuzzTest {

    private static final ProtocolDecoder DECODER = new ProtocolDecoder();
    private static final ProtocolEncoder ENCODER = new ProtocolEncoder();
    /** Rounds per seed: decoder rounds are 5,000 times this (4 inputs each), session rounds 3,000 messages. */
    private static final int ROUNDS = Integer.getInteger("panel4j.fuzz.rounds", 1);
    private static final long OFFSET = Long.getLong("panel4j.fuzz.seed",
            Boolean.getBoolean("panel4j.fuzz.random") ? new SecureRandom().nextLong() : 0);

    private static ClientMessage decodeOrNull(String text, long seed) {
        try {
            return DECODER.decode(text);
        } catch (MalformedMessageException e) {
            assertThat(e.code()).as("seed %d", seed).isIn("malformed", "unknown_type");
            assertThat(e.getMessage()).as("seed %d: the message for %s", seed, text).hasSizeLessThan(300)
                    .doesNotContain("\n", "\r");
            return null;
        } catch (RuntimeException | StackOverflowError e) {
            return fail("seed " + seed + ": decode threw " + e + " for " + text, e);
        }
    }

    private static void report(String what, long seed, long count, long startNanos) {
        if (ROUNDS > 1) {
            System.out.printf("fuzz: %s, seed %d: %,d in %,d ms%n", what, seed, count, (System.nanoTime() - startNanos) / 1_000_000);
        }
    }

    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3, 4})
    void decoder_onRandomAndMutatedInput_onlyEverRefusesWithItsCode(long fixed) throws Exception {
        long seed = fixed + OFFSET;
        var gen = new FuzzInputs(seed);
        long start = System.nanoTime();
        long inputs = 0;
        for (long i = 0; i < 5_000L * ROUNDS; i++) {
            String valid = WsClient.JSON.writeValueAsString(gen.message(List.of("c1", "c2"), "secret", i + 1));
            decodeOrNull(valid, seed);
            decodeOrNull(gen.mutate(valid), seed);
            decodeOrNull(gen.text(), seed);
            decodeOrNull(gen.anyText(200), seed);
            inputs += 4;
        }
        report("decoder inputs", seed, inputs, start);
    }

    @ParameterizedTest
    @ValueSource(longs = {5, 6})
    void decoder_wellFormedSets_decodeToWhatWasSent(long fixed) throws Exception {
        long seed = fixed + OFFSET;
        var gen = new FuzzInputs(seed);
        long start = System.nanoTime();
        for (long i = 0; i < 5_000L * ROUNDS; i++) {
            Map<String, Object> fields = gen.set(i + 1);
            String text = WsClient.JSON.writeValueAsString(fields);
            var set = (ClientMessage.Set) DECODER.decode(text);
            assertThat(List.<Object>of(set.seq(), set.id(), set.prop())).as("seed %d: %s", seed, text)
                    .containsExactly(fields.get("seq"), fields.get("id"), fields.get("prop"));
            assertThat(set.value()).as("seed %d: %s", seed, text).isEqualTo(normalized(fields.get("value")));
        }
        report("well-formed sets", seed, 5_000L * ROUNDS, start);
    }

    /** What the decoder makes of a generated value: whole numbers become longs, lists and maps stay. */
    private static Object normalized(Object value) {
        return switch (value) {
            case Integer i -> i.longValue();
            case List<?> list -> list.stream().map(ClientInputFuzzTest::normalized).toList();
            case Map<?, ?> map -> {
                var out = new java.util.LinkedHashMap<Object, Object>();
                map.forEach((k, v) -> out.put(k, normalized(v)));
                yield out;
            }
            case null -> null;
            default -> value;
        };
    }

    private static String snapshot(Session session) {
        return ENCODER.init(SessionCore.of(session).connect(ClientSink.discarding()), null).json();
    }

    @ParameterizedTest
    @ValueSource(longs = {11, 12, 13})
    void randomClientMessages_toOneSession_neverThrowUndocumented_norTouchAnother(long fixed) throws Exception {
        long seed = fixed + OFFSET;
        try (var host = SessionHost.create()) {
            Session a = AppSession.open(TestApps.everyWidget(), host).session();
            Session b = AppSession.open(TestApps.everyWidget(), host).session();
            String before = snapshot(b);
            List<String> ids = new ArrayList<>();
            for (String type : List.of("Button", "StaticText", "IntSlider", "FloatSlider", "TextInput", "Select",
                    "Checkbox", "Toggle", "Card", "Tabs", "Row")) {
                ids.addAll(WsClient.ids(WsClient.JSON.readTree(snapshot(a)).get("root"), type));
                ids.addAll(WsClient.ids(WsClient.JSON.readTree(before).get("root"), type));
            }
            var gen = new FuzzInputs(seed);
            long start = System.nanoTime();
            long messages = 3_000L * ROUNDS;
            for (long i = 1; i <= messages; i++) {
                Map<String, Object> fields = gen.message(ids, "secret", i);
                String text = WsClient.JSON.writeValueAsString(fields);
                ClientMessage message = decodeOrNull(text, seed);
                try {
                    switch (message) {
                        case null -> { }
                        case ClientMessage.Set set -> SessionCore.of(a).applyClientValue(set.id(), set.prop(), set.value(), set.seq());
                        case ClientMessage.Event event -> SessionCore.of(a).applyClientEvent(event.id(), event.event(), event.payload());
                        case ClientMessage.Resync resync -> snapshot(a);
                        case ClientMessage.Ping ping -> { }
                        case ClientMessage.Moving moving -> { }
                    }
                } catch (ClientInputException e) {
                    assertThat(e.getMessage()).as("seed %d: %s", seed, text).isNotBlank().hasSizeLessThan(400)
                            .doesNotContain("\n", "\r");
                } catch (RuntimeException e) {
                    fail("seed " + seed + ": applying threw " + e + " for " + text, e);
                }
            }
            awaitQuiet(a);
            report("session messages", seed, messages, start);
            assertThat(snapshot(b)).as("seed %d: the other session", seed).isEqualTo(before);
            assertThat(a.isDestroyed()).isFalse();
            snapshot(a); // and the session under fire still renders
        }
    }

    private static void awaitQuiet(Session session) throws InterruptedException {
        long deadline = System.nanoTime() + 10_000_000_000L;
        while (!SessionCore.of(session).isQuiet() && System.nanoTime() < deadline) {
            Thread.sleep(10);
        }
    }
}
