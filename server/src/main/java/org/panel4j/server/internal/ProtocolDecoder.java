package org.panel4j.server.internal;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.core.util.JsonRecyclerPools;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.panel4j.session.ClientText;

/**
 * Decodes browser messages of protocol v1 strictly: a known {@code type}, exactly the fields of that
 * type (unknown fields are refused), each of the right JSON type, nesting at most {@link #MAX_DEPTH}
 * deep, strings at most {@link #MAX_STRING} characters, no duplicate keys, finite numbers only.
 * Thread-safe.
 */
public final class ProtocolDecoder {

    /** The deepest nesting of arrays and objects accepted, the message itself counting as 1. */
    public static final int MAX_DEPTH = 16;
    /** The longest string accepted, in characters. */
    public static final int MAX_STRING = 256 * 1024;

    private static final Map<String, Set<String>> FIELDS = Map.of(
            "set", Set.of("type", "seq", "csrf", "id", "prop", "value"),
            "event", Set.of("type", "seq", "csrf", "id", "event", "payload"),
            "resync", Set.of("type", "seq", "csrf"),
            "ping", Set.of("type", "seq", "csrf"),
            "moving", Set.of("type", "seq", "csrf"));

    /**
     * Parse buffers kept for reuse. Jackson's default keeps them per thread, which recycles nothing when
     * every socket read runs on a new virtual thread.
     */
    private static final int RECYCLED_BUFFERS = 64;

    private final ObjectMapper mapper;

    /** A decoder with the default limits. */
    public ProtocolDecoder() {
        var factory = JsonFactory.builder()
                .streamReadConstraints(StreamReadConstraints.builder()
                        .maxNestingDepth(MAX_DEPTH).maxStringLength(MAX_STRING).maxNumberLength(400).build())
                .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
                .recyclerPool(JsonRecyclerPools.newBoundedPool(RECYCLED_BUFFERS))
                .build();
        this.mapper = new ObjectMapper(factory);
    }

    /** Decodes one text frame. @throws MalformedMessageException with code malformed or unknown_type */
    public ClientMessage decode(String text) {
        JsonNode root;
        try (JsonParser parser = mapper.createParser(text)) {
            root = mapper.readTree(parser);
            if (root != null && parser.nextToken() != null) {
                throw malformed("trailing data after the message", null);
            }
        } catch (IOException e) {
            throw malformed("not valid JSON within limits: " + firstLine(e.getMessage()), null);
        }
        if (!(root instanceof ObjectNode object)) {
            throw malformed("a message must be a JSON object", null);
        }
        Long seq = object.get("seq") != null && object.get("seq").canConvertToExactIntegral()
                && object.get("seq").canConvertToLong() ? object.get("seq").longValue() : null;
        JsonNode typeNode = object.get("type");
        if (typeNode == null || !typeNode.isTextual()) {
            throw malformed("field 'type' must be a string", seq);
        }
        String type = typeNode.textValue();
        Set<String> allowed = FIELDS.get(type);
        if (allowed == null) {
            throw new MalformedMessageException("unknown_type", "unknown message type '" + clip(type) + "'", seq);
        }
        for (Iterator<String> names = object.fieldNames(); names.hasNext(); ) {
            String name = names.next();
            if (!allowed.contains(name)) {
                throw malformed("unknown field '" + clip(name) + "' in a '" + type + "' message", seq);
            }
        }
        long s = positiveSeq(object, seq);
        String csrf = string(object, "csrf", seq);
        return switch (type) {
            case "set" -> new ClientMessage.Set(s, csrf, string(object, "id", seq), string(object, "prop", seq),
                    value(required(object, "value", seq), seq));
            case "event" -> new ClientMessage.Event(s, csrf, string(object, "id", seq), string(object, "event", seq),
                    payload(object.get("payload"), seq));
            case "resync" -> new ClientMessage.Resync(s, csrf);
            case "moving" -> new ClientMessage.Moving(s, csrf);
            default -> new ClientMessage.Ping(s, csrf);
        };
    }

    /**
     * A value from a page's URL query as a {@code set} would carry it: its text read as JSON within the
     * same limits (so {@code 7} is a number, {@code true} a boolean, {@code "7"} a string), else the
     * text itself as a string.
     */
    public @Nullable Object urlValue(String text) {
        try (JsonParser parser = mapper.createParser(text)) {
            JsonNode node = mapper.readTree(parser);
            if (node == null || parser.nextToken() != null) {
                return text;
            }
            return value(node, null);
        } catch (IOException | MalformedMessageException e) {
            return text;
        }
    }

    private static long positiveSeq(ObjectNode object, @Nullable Long seq) {
        if (seq == null || !required(object, "seq", null).isIntegralNumber() || seq < 1) {
            throw malformed("field 'seq' must be a whole number of at least 1", null);
        }
        return seq;
    }

    private static JsonNode required(ObjectNode object, String field, @Nullable Long seq) {
        JsonNode node = object.get(field);
        if (node == null) {
            throw malformed("missing field '" + field + "'", seq);
        }
        return node;
    }

    private static String string(ObjectNode object, String field, @Nullable Long seq) {
        JsonNode node = required(object, field, seq);
        if (!node.isTextual()) {
            throw malformed("field '" + field + "' must be a string", seq);
        }
        return node.textValue();
    }

    private static Map<String, Object> payload(@Nullable JsonNode node, @Nullable Long seq) {
        if (node == null || node.isNull()) {
            return Map.of();
        }
        if (!node.isObject()) {
            throw malformed("field 'payload' must be an object", seq);
        }
        @SuppressWarnings("unchecked")
        Map<String, Object> map = (Map<String, Object>) value(node, seq);
        return map;
    }

    private static @Nullable Object value(JsonNode node, @Nullable Long seq) {
        if (node.isNull()) {
            return null;
        } else if (node.isBoolean()) {
            return node.booleanValue();
        } else if (node.isTextual()) {
            return node.textValue();
        } else if (node.isIntegralNumber() && node.canConvertToLong()) {
            return node.longValue();
        } else if (node.isNumber()) {
            double d = node.doubleValue();
            if (!Double.isFinite(d)) {
                throw malformed("numbers must be finite", seq);
            }
            return d;
        } else if (node.isArray()) {
            List<@Nullable Object> list = new ArrayList<>(node.size());
            for (JsonNode item : node) {
                list.add(value(item, seq));
            }
            return java.util.Collections.unmodifiableList(list);
        } else if (node.isObject()) {
            Map<String, @Nullable Object> map = new LinkedHashMap<>();
            node.properties().forEach(e -> map.put(e.getKey(), value(e.getValue(), seq)));
            return java.util.Collections.unmodifiableMap(map);
        }
        throw malformed("unsupported JSON value", seq);
    }

    private static MalformedMessageException malformed(String message, @Nullable Long seq) {
        return new MalformedMessageException("malformed", message, seq);
    }

    private static String clip(String text) {
        return ClientText.bounded(text, 40);
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
