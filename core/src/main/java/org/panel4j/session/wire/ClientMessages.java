package org.panel4j.session.wire;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.panel4j.session.ClientText;

/**
 * Checks page → server messages of protocol v1 strictly, once parsed by the host (Jackson on the server,
 * the page's own reader in the browser): a known {@code type}, exactly the fields of that type (unknown
 * fields are refused), each of the right JSON type, {@code seq} a whole number of at least 1, finite
 * numbers only. A parsed value is null, Boolean, Long, Double, String, List or Map of String keys; the
 * checked values are handed on as they are (the parser makes its collections unmodifiable). The limits of
 * the text itself (nesting, string length, duplicate keys) are the parser's. Docs: docs/protocol.md.
 */
public final class ClientMessages {

    private static final Map<String, Set<String>> FIELDS = Map.of(
            "set", Set.of("type", "seq", "csrf", "id", "prop", "value"),
            "event", Set.of("type", "seq", "csrf", "id", "event", "payload"),
            "resync", Set.of("type", "seq", "csrf"),
            "ping", Set.of("type", "seq", "csrf"),
            "moving", Set.of("type", "seq", "csrf"));

    private ClientMessages() {}

    /**
     * The message {@code parsed} holds.
     *
     * @throws MalformedMessageException with code {@code malformed} or {@code unknown_type}, and the
     *     message's {@code seq} when it could be read (the {@code error} frame's {@code ref})
     */
    public static ClientMessage read(@Nullable Object parsed) {
        if (!(parsed instanceof Map<?, ?> message)) {
            throw malformed("a message must be a JSON object", null);
        }
        Long seq = seqOf(message.get("seq"));
        if (!(message.get("type") instanceof String type)) {
            throw malformed("field 'type' must be a string", seq);
        }
        Set<String> allowed = FIELDS.get(type);
        if (allowed == null) {
            throw new MalformedMessageException("unknown_type", "unknown message type '" + clip(type) + "'", seq);
        }
        for (Object name : message.keySet()) {
            if (!allowed.contains(name)) {
                throw malformed("unknown field '" + clip(String.valueOf(name)) + "' in a '" + type + "' message", seq);
            }
        }
        if (seq == null || !(message.get("seq") instanceof Long) || seq < 1) {
            throw malformed("field 'seq' must be a whole number of at least 1", null);
        }
        long s = seq;
        String csrf = string(message, "csrf", seq);
        return switch (type) {
            case "set" -> new ClientMessage.Set(s, csrf, string(message, "id", seq), string(message, "prop", seq),
                    value(required(message, "value", seq), seq));
            case "event" -> new ClientMessage.Event(s, csrf, string(message, "id", seq),
                    string(message, "event", seq), payload(message.get("payload"), seq));
            case "resync" -> new ClientMessage.Resync(s, csrf);
            case "moving" -> new ClientMessage.Moving(s, csrf);
            default -> new ClientMessage.Ping(s, csrf);
        };
    }

    /**
     * {@code parsed} itself if it is a wire value of a {@code set}: null, Boolean, Long, a finite Double,
     * String, or a List or Map (of String keys) of such values.
     *
     * @throws MalformedMessageException with code {@code malformed} otherwise
     */
    public static @Nullable Object value(@Nullable Object parsed) {
        return value(parsed, null);
    }

    /** The seq to echo in an error: a whole number that fits a long, else null. */
    private static @Nullable Long seqOf(@Nullable Object seq) {
        if (seq instanceof Long n) {
            return n;
        }
        if (seq instanceof Double d && d == Math.rint(d) && d >= Long.MIN_VALUE && d <= Long.MAX_VALUE) {
            return d.longValue();
        }
        return null;
    }

    private static Object required(Map<?, ?> message, String field, @Nullable Long seq) {
        Object value = message.get(field);
        if (value == null && !message.containsKey(field)) {
            throw malformed("missing field '" + field + "'", seq);
        }
        return value;
    }

    private static String string(Map<?, ?> message, String field, @Nullable Long seq) {
        if (!(required(message, field, seq) instanceof String text)) {
            throw malformed("field '" + field + "' must be a string", seq);
        }
        return text;
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> payload(@Nullable Object payload, @Nullable Long seq) {
        if (payload == null) {
            return Map.of();
        }
        if (!(payload instanceof Map<?, ?>)) {
            throw malformed("field 'payload' must be an object", seq);
        }
        return (Map<String, Object>) value(payload, seq);
    }

    private static @Nullable Object value(@Nullable Object value, @Nullable Long seq) {
        switch (value) {
            case null -> { }
            case Boolean b -> { }
            case Long l -> { }
            case String s -> { }
            case Double d -> {
                if (!Double.isFinite(d)) {
                    throw malformed("numbers must be finite", seq);
                }
            }
            case List<?> list -> {
                for (Object item : list) {
                    value(item, seq);
                }
            }
            case Map<?, ?> map -> {
                for (Map.Entry<?, ?> entry : map.entrySet()) {
                    if (!(entry.getKey() instanceof String)) {
                        throw malformed("object keys must be strings", seq);
                    }
                    value(entry.getValue(), seq);
                }
            }
            default -> throw malformed("unsupported JSON value", seq);
        }
        return value;
    }

    private static MalformedMessageException malformed(String message, @Nullable Long seq) {
        return new MalformedMessageException("malformed", message, seq);
    }

    private static String clip(String text) {
        return ClientText.bounded(text, 40);
    }
}
