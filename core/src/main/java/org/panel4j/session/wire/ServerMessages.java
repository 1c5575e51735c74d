package org.panel4j.session.wire;

import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.panel4j.session.Batch;
import org.panel4j.session.Node;
import org.panel4j.session.Op;
import org.panel4j.session.PropKey;

/**
 * Writes the server → page messages of protocol v1 ({@code init}, {@code patch}, {@code error}) to a
 * {@link JsonWriter}, field by field in the order docs/protocol.md shows. Values are the core's wire
 * values: null, Boolean, a Number (a non-finite Double or Float as null), String, {@code byte[]} (base64),
 * {@code double[]}, {@code long[]}, {@code int[]} (through {@link JsonWriter#numbers}), {@link Node}, List
 * and Map. The server and the page both write through it (docs/decisions/0030-one-wire-codec.md).
 */
public final class ServerMessages {

    /** The protocol version. */
    public static final int VERSION = 1;

    private ServerMessages() {}

    /**
     * The {@code init} message: the whole view, the token for the next socket ({@code reconnect}, or
     * null), and {@code location} (query parameter name to the property it mirrors, see
     * {@link org.panel4j.session.Location}) as {@code "location": {"n": {"id": …, "prop": …}}} when not
     * empty.
     */
    public static void init(JsonWriter out, Node root, @Nullable String reconnect, Map<String, PropKey> location) {
        out.startObject();
        out.name("type");
        out.string("init");
        out.name("v");
        out.number(VERSION);
        out.name("reconnect");
        value(out, reconnect);
        out.name("root");
        value(out, root);
        if (!location.isEmpty()) {
            out.name("location");
            out.startObject();
            for (Map.Entry<String, PropKey> synced : location.entrySet()) {
                out.name(synced.getKey());
                out.startObject();
                out.name("id");
                out.string(synced.getValue().componentId());
                out.name("prop");
                out.string(synced.getValue().prop());
                out.endObject();
            }
            out.endObject();
        }
        out.name("seq");
        out.number(0);
        out.endObject();
    }

    /** The {@code patch} message of {@code batch}: {@code {"type":"patch","seq":…,"ops":[…]}}. */
    public static void patch(JsonWriter out, Batch batch) {
        out.startObject();
        out.name("type");
        out.string("patch");
        out.name("seq");
        out.number(batch.seq());
        out.name("ops");
        ops(out, batch.ops());
        out.endObject();
    }

    /** The {@code ops} array of a {@code patch}, alone (the server reuses it for a fan-out). */
    public static void ops(JsonWriter out, List<Op> ops) {
        out.startArray();
        for (Op op : ops) {
            op(out, op);
        }
        out.endArray();
    }

    /** The {@code error} message answering client message {@code ref} (null if unknown). */
    public static void error(JsonWriter out, String code, String message, @Nullable Long ref) {
        out.startObject();
        out.name("type");
        out.string("error");
        out.name("code");
        out.string(code);
        out.name("message");
        out.string(message);
        out.name("ref");
        value(out, ref);
        out.endObject();
    }

    /** One op of a {@code patch}, as an object. */
    public static void op(JsonWriter out, Op op) {
        out.startObject();
        switch (op) {
            case Op.SetProp set -> {
                field(out, "op", "set");
                field(out, "id", set.id());
                field(out, "prop", set.prop());
                out.name("value");
                value(out, set.value());
                field(out, "ack", set.ack());
            }
            case Op.StreamRows stream -> {
                field(out, "op", "stream");
                field(out, "id", stream.id());
                out.name("columns");
                value(out, stream.columns());
                field(out, "start", stream.start());
                field(out, "rollover", stream.rollover());
                field(out, "version", stream.version());
            }
            case Op.PatchRows patch -> {
                field(out, "op", "patch");
                field(out, "id", patch.id());
                field(out, "column", patch.column());
                field(out, "offset", patch.offset());
                out.name("indices");
                value(out, patch.indices());
                out.name("values");
                value(out, patch.values());
                field(out, "version", patch.version());
            }
            case Op.Notify notify -> {
                field(out, "op", "notify");
                field(out, "nid", notify.id());
                field(out, "level", notify.level().name().toLowerCase(Locale.ROOT));
                field(out, "message", notify.message());
                field(out, "duration", notify.durationMs());
            }
            case Op.Dismiss dismiss -> {
                field(out, "op", "dismiss");
                field(out, "nid", dismiss.id());
            }
        }
        out.endObject();
    }

    /**
     * One wire value.
     *
     * @throws IllegalArgumentException for a value of no wire type
     */
    public static void value(JsonWriter out, @Nullable Object value) {
        switch (value) {
            case null -> out.nullValue();
            case String s -> out.string(s);
            case Boolean b -> out.bool(b);
            case Double d -> out.number(d.doubleValue());
            case Integer i -> out.number(i.longValue());
            case Long l -> out.number(l.longValue());
            case Float f when !Float.isFinite(f) -> out.nullValue();
            case Number n -> out.numberText(n.toString());
            case byte[] bytes -> out.string(Base64.getEncoder().encodeToString(bytes));
            case double[] doubles -> out.numbers(doubles);
            case long[] longs -> out.numbers(longs);
            case int[] ints -> out.numbers(ints);
            case Node node -> {
                out.startObject();
                field(out, "id", node.id());
                field(out, "type", node.type());
                out.name("props");
                value(out, node.props());
                out.endObject();
            }
            case List<?> list -> {
                out.startArray();
                for (Object item : list) {
                    value(out, item);
                }
                out.endArray();
            }
            case Map<?, ?> map -> {
                out.startObject();
                for (Map.Entry<?, ?> entry : map.entrySet()) {
                    out.name(String.valueOf(entry.getKey()));
                    value(out, entry.getValue());
                }
                out.endObject();
            }
            default -> throw new IllegalArgumentException("not a wire value: " + value.getClass().getName());
        }
    }

    private static void field(JsonWriter out, String name, String value) {
        out.name(name);
        out.string(value);
    }

    private static void field(JsonWriter out, String name, long value) {
        out.name(name);
        out.number(value);
    }
}
