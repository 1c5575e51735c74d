package org.panel4j.browser;

import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.panel4j.session.Batch;
import org.panel4j.session.Node;
import org.panel4j.session.Op;
import org.panel4j.session.PropKey;

/**
 * Writes the server → page messages of protocol v1 (docs/protocol.md) in the page, as the server's
 * encoder does but always as text (the in-page socket has no binary frames): {@code init}, {@code patch}
 * and {@code error}. A non-finite double is null, {@code byte[]} base64. Not thread-safe per instance.
 */
final class WireJson {

    private final StringBuilder out = new StringBuilder(256);

    private WireJson() {}

    /** The {@code init} message of {@code root}, with its synced URL parameters; no reconnect token. */
    static String init(Node root, Map<String, PropKey> location) {
        var json = new WireJson();
        json.out.append("{\"type\":\"init\",\"v\":1,\"reconnect\":null,\"root\":");
        json.value(root);
        if (!location.isEmpty()) {
            json.out.append(",\"location\":{");
            boolean first = true;
            for (Map.Entry<String, PropKey> synced : location.entrySet()) {
                json.comma(first).string(synced.getKey()).out.append(":{\"id\":");
                json.string(synced.getValue().componentId()).out.append(",\"prop\":");
                json.string(synced.getValue().prop()).out.append('}');
                first = false;
            }
            json.out.append('}');
        }
        json.out.append(",\"seq\":0}");
        return json.out.toString();
    }

    /** The {@code patch} message of {@code batch}. */
    static String patch(Batch batch) {
        var json = new WireJson();
        json.out.append("{\"type\":\"patch\",\"seq\":").append(batch.seq()).append(",\"ops\":[");
        boolean first = true;
        for (Op op : batch.ops()) {
            json.comma(first).op(op);
            first = false;
        }
        json.out.append("]}");
        return json.out.toString();
    }

    /** The {@code error} message answering client message {@code ref} (null if unknown). */
    static String error(String code, String message, Long ref) {
        var json = new WireJson();
        json.out.append("{\"type\":\"error\",\"code\":");
        json.string(code).out.append(",\"message\":");
        json.string(message).out.append(",\"ref\":");
        json.value(ref);
        json.out.append('}');
        return json.out.toString();
    }

    private void op(Op op) {
        switch (op) {
            case Op.SetProp set -> {
                out.append("{\"op\":\"set\",\"id\":");
                string(set.id()).out.append(",\"prop\":");
                string(set.prop()).out.append(",\"value\":");
                value(set.value());
                out.append(",\"ack\":").append(set.ack()).append('}');
            }
            case Op.StreamRows stream -> {
                out.append("{\"op\":\"stream\",\"id\":");
                string(stream.id()).out.append(",\"columns\":");
                value(stream.columns());
                out.append(",\"start\":").append(stream.start()).append(",\"rollover\":").append(stream.rollover())
                        .append(",\"version\":").append(stream.version()).append('}');
            }
            case Op.PatchRows patch -> {
                out.append("{\"op\":\"patch\",\"id\":");
                string(patch.id()).out.append(",\"column\":");
                string(patch.column()).out.append(",\"offset\":").append(patch.offset()).append(",\"indices\":");
                value(patch.indices());
                out.append(",\"values\":");
                value(patch.values());
                out.append(",\"version\":").append(patch.version()).append('}');
            }
            case Op.Notify notify -> {
                out.append("{\"op\":\"notify\",\"nid\":").append(notify.id()).append(",\"level\":");
                string(notify.level().name().toLowerCase(Locale.ROOT)).out.append(",\"message\":");
                string(notify.message()).out.append(",\"duration\":").append(notify.durationMs()).append('}');
            }
            case Op.Dismiss dismiss -> out.append("{\"op\":\"dismiss\",\"nid\":").append(dismiss.id()).append('}');
        }
    }

    private void value(Object value) {
        switch (value) {
            case null -> out.append("null");
            case Boolean b -> out.append(b.booleanValue());
            case Double d -> number(d);
            case Float f when !Float.isFinite(f) -> out.append("null");
            case Float f -> out.append(f.floatValue());
            case Integer i -> out.append(i.intValue());
            case Long l -> out.append(l.longValue());
            case Number n -> out.append(n);
            case String s -> string(s);
            case byte[] bytes -> string(Base64.getEncoder().encodeToString(bytes));
            case double[] doubles -> {
                out.append('[');
                for (int i = 0; i < doubles.length; i++) {
                    comma(i == 0).number(doubles[i]);
                }
                out.append(']');
            }
            case long[] longs -> {
                out.append('[');
                for (int i = 0; i < longs.length; i++) {
                    comma(i == 0).out.append(longs[i]);
                }
                out.append(']');
            }
            case int[] ints -> {
                out.append('[');
                for (int i = 0; i < ints.length; i++) {
                    comma(i == 0).out.append(ints[i]);
                }
                out.append(']');
            }
            case Node node -> {
                out.append("{\"id\":");
                string(node.id()).out.append(",\"type\":");
                string(node.type()).out.append(",\"props\":");
                value(node.props());
                out.append('}');
            }
            case List<?> list -> {
                out.append('[');
                boolean first = true;
                for (Object item : list) {
                    comma(first).value(item);
                    first = false;
                }
                out.append(']');
            }
            case Map<?, ?> map -> {
                out.append('{');
                boolean first = true;
                for (Map.Entry<?, ?> entry : map.entrySet()) {
                    comma(first).string(String.valueOf(entry.getKey())).out.append(':');
                    value(entry.getValue());
                    first = false;
                }
                out.append('}');
            }
            default -> throw new IllegalArgumentException("not a wire value: " + value.getClass().getName());
        }
    }

    private WireJson comma(boolean first) {
        if (!first) {
            out.append(',');
        }
        return this;
    }

    private WireJson number(double d) {
        if (Double.isFinite(d)) {
            out.append(d);
        } else {
            out.append("null");
        }
        return this;
    }

    private WireJson string(String s) {
        out.append('"');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                default -> {
                    if (c < 0x20 || c == 0x2028 || c == 0x2029) {
                        String hex = Integer.toHexString(c);
                        out.append("\\u").append("0000", hex.length(), 4).append(hex);
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        out.append('"');
        return this;
    }
}
