package org.panel4j.server.internal;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.util.JsonRecyclerPools;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.panel4j.session.ClientText;
import org.panel4j.session.wire.ClientMessage;
import org.panel4j.session.wire.ClientMessages;
import org.panel4j.session.wire.MalformedMessageException;

/**
 * Decodes browser messages of protocol v1 strictly: Jackson parses the text within this decoder's limits
 * (nesting at most {@link #MAX_DEPTH} deep, strings at most {@link #MAX_STRING} characters, no duplicate
 * keys, nothing after the message), and the core's {@link ClientMessages} checks what it holds (a known
 * {@code type}, exactly that type's fields, each of the right JSON type, finite numbers), the same check
 * the page applies (docs/decisions/0030-one-wire-codec.md). Thread-safe.
 */
public final class ProtocolDecoder {

    /** The deepest nesting of arrays and objects accepted, the message itself counting as 1. */
    public static final int MAX_DEPTH = 16;
    /** The longest string accepted, in characters. */
    public static final int MAX_STRING = 256 * 1024;

    /**
     * Parse buffers kept for reuse. Jackson's default keeps them per thread, which recycles nothing when
     * every socket read runs on a new virtual thread.
     */
    private static final int RECYCLED_BUFFERS = 64;

    /** Stands for empty text. */
    private static final Object NOTHING = new Object();
    /** Stands for text with more after its first value. */
    private static final Object TRAILING = new Object();

    private final JsonFactory factory = JsonFactory.builder()
            .streamReadConstraints(StreamReadConstraints.builder()
                    .maxNestingDepth(MAX_DEPTH).maxStringLength(MAX_STRING).maxNumberLength(400).build())
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .recyclerPool(JsonRecyclerPools.newBoundedPool(RECYCLED_BUFFERS))
            .build();

    /** A decoder with the default limits. */
    public ProtocolDecoder() {}

    /** Decodes one text frame. @throws MalformedMessageException with code malformed or unknown_type */
    public ClientMessage decode(String text) {
        Object parsed;
        try {
            parsed = parse(text);
        } catch (IOException e) {
            throw new MalformedMessageException("malformed",
                    "not valid JSON within limits: " + firstLine(e.getMessage()), null);
        }
        if (parsed == NOTHING) {
            throw new MalformedMessageException("malformed", "a message must be a JSON object", null);
        }
        if (parsed == TRAILING) {
            throw new MalformedMessageException("malformed", "trailing data after the message", null);
        }
        return ClientMessages.read(parsed);
    }

    /**
     * A value from a page's URL query as a {@code set} would carry it: its text read as JSON within the
     * same limits (so {@code 7} is a number, {@code true} a boolean, {@code "7"} a string), else the
     * text itself as a string.
     */
    public @Nullable Object urlValue(String text) {
        try {
            Object parsed = parse(text);
            return parsed == NOTHING || parsed == TRAILING ? text : ClientMessages.value(parsed);
        } catch (IOException | MalformedMessageException e) {
            return text;
        }
    }

    /** The one JSON value of {@code text}, {@link #NOTHING} or {@link #TRAILING}. */
    private @Nullable Object parse(String text) throws IOException {
        try (JsonParser parser = factory.createParser(text)) {
            JsonToken first = parser.nextToken();
            if (first == null) {
                return NOTHING;
            }
            Object value = first == JsonToken.START_OBJECT ? members(parser) : value(parser, first);
            return parser.nextToken() == null ? value : TRAILING;
        }
    }

    /** A JSON value as the core's checks take it: null, Boolean, Long, Double, String, List or Map. */
    private static @Nullable Object value(JsonParser parser, JsonToken token) throws IOException {
        return switch (token) {
            case VALUE_NULL -> null;
            case VALUE_TRUE -> Boolean.TRUE;
            case VALUE_FALSE -> Boolean.FALSE;
            case VALUE_STRING -> parser.getText();
            case VALUE_NUMBER_INT -> parser.getNumberType() == JsonParser.NumberType.BIG_INTEGER
                    ? (Object) parser.getDoubleValue() : (Object) parser.getLongValue();
            case VALUE_NUMBER_FLOAT -> parser.getDoubleValue();
            case START_ARRAY -> {
                List<@Nullable Object> list = new ArrayList<>();
                for (JsonToken item = parser.nextToken(); item != JsonToken.END_ARRAY; item = parser.nextToken()) {
                    list.add(value(parser, item));
                }
                yield Collections.unmodifiableList(list);
            }
            case START_OBJECT -> Collections.unmodifiableMap(members(parser));
            default -> throw new IOException("unexpected " + token);
        };
    }

    /** The members of the object whose start the parser has just read. */
    private static Map<String, @Nullable Object> members(JsonParser parser) throws IOException {
        Map<String, @Nullable Object> map = new LinkedHashMap<>();
        for (String name = parser.nextFieldName(); name != null; name = parser.nextFieldName()) {
            map.put(name, value(parser, parser.nextToken()));
        }
        return map;
    }

    /** Jackson's message up to its first line break (the rest names the source), bounded: it may quote the input. */
    private static String firstLine(@Nullable String text) {
        if (text == null) {
            return "";
        }
        int nl = text.indexOf('\n');
        return ClientText.bounded(nl < 0 ? text : text.substring(0, nl), 120);
    }
}
