package org.panel4j.server.internal;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.JsonRecyclerPools;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.panel4j.session.Batch;
import org.panel4j.session.Node;
import org.panel4j.session.Op;
import org.panel4j.session.PropKey;

/**
 * Encodes server → browser messages of protocol v1 ({@code init}, {@code patch}, {@code error}) and
 * the page's boot JSON. Values are the core's wire-ready values; {@code byte[]} becomes base64 and
 * primitive arrays JSON arrays; a non-finite double becomes null. In {@code init} and {@code patch},
 * a {@code double[]}, {@code long[]} or {@code int[]} of at least the binary threshold's length
 * travels in a binary frame instead (see {@link BinaryArrays}). Thread-safe.
 */
public final class ProtocolEncoder {

    /** The protocol version. */
    public static final int VERSION = 1;

    /** The default binary threshold: arrays of this many values or more travel in binary. */
    public static final int BINARY_THRESHOLD = 1024;

    /**
     * Generator buffers kept for reuse. Jackson's default keeps them per thread, which recycles nothing
     * when every flush runs on a new virtual thread (an 8 KB buffer per message, most of the GC load).
     */
    private static final int RECYCLED_BUFFERS = 64;
    /** A patch of a few small properties fits: no growing and copying of the writer on the hot path. */
    private static final int INITIAL_TEXT = 256;

    private volatile @Nullable EncodedOps lastOps;
    private final JsonFactory factory = JsonFactory.builder()
            .recyclerPool(JsonRecyclerPools.newBoundedPool(RECYCLED_BUFFERS)).build();
    private final int binaryThreshold;

    /** An encoder with the default {@link #BINARY_THRESHOLD}. */
    public ProtocolEncoder() {
        this(BINARY_THRESHOLD);
    }

    /** An encoder sending numeric arrays of at least {@code binaryThreshold} values in binary frames. */
    public ProtocolEncoder(int binaryThreshold) {
        if (binaryThreshold < 1) {
            throw new IllegalArgumentException("binaryThreshold must be at least 1, not " + binaryThreshold);
        }
        this.binaryThreshold = binaryThreshold;
    }

    /** The {@code init} message with the whole view and the token for the next socket ({@code reconnect}, or null). */
    public WireFrame init(Node root, @Nullable String reconnect) {
        return init(root, reconnect, Map.of());
    }

    /**
     * The {@code init} message, with {@code location} (query parameter name to the property it mirrors,
     * see {@link org.panel4j.session.Location}) as {@code "location": {"n": {"id": …, "prop": …}}} when
     * not empty.
     */
    public WireFrame init(Node root, @Nullable String reconnect, Map<String, PropKey> location) {
        return frame(arrays -> write(arrays, (g, bins) -> {
            g.writeStringField("type", "init");
            g.writeNumberField("v", VERSION);
            g.writeFieldName("reconnect");
            value(g, reconnect, bins);
            g.writeFieldName("root");
            value(g, root, bins);
            if (!location.isEmpty()) {
                g.writeObjectFieldStart("location");
                for (Map.Entry<String, PropKey> synced : location.entrySet()) {
                    g.writeObjectFieldStart(synced.getKey());
                    g.writeStringField("id", synced.getValue().componentId());
                    g.writeStringField("prop", synced.getValue().prop());
                    g.writeEndObject();
                }
                g.writeEndObject();
            }
            g.writeNumberField("seq", 0);
        }));
    }

    /** The {@code patch} message of one batch. */
    public WireFrame patch(Batch batch) {
        EncodedOps last = lastOps;
        if (last != null && last.ops().equals(batch.ops())) {
            return new WireFrame.Text(patchText(batch.seq(), last.json()));
        }
        var bins = new BinaryArrays();
        String ops = json(bins, (g, b) -> {
            g.writeStartArray();
            for (Op op : batch.ops()) {
                g.writeStartObject();
                op(g, op, b);
                g.writeEndObject();
            }
            g.writeEndArray();
        });
        String text = patchText(batch.seq(), ops);
        if (!bins.isEmpty()) {
            return new WireFrame.Binary(text, bins.frame(text));
        }
        lastOps = new EncodedOps(batch.ops(), ops);
        return new WireFrame.Text(text);
    }

    private static String patchText(long seq, String opsJson) {
        return "{\"type\":\"patch\",\"seq\":" + seq + ",\"ops\":" + opsJson + "}";
    }

    /**
     * The ops of the last text patch, encoded. A change fanned out to many sessions is flushed for each of
     * them in a row with equal ops and only the sequence number differing, so their encoding is reused.
     */
    private record EncodedOps(List<Op> ops, String json) {}

    private WireFrame frame(java.util.function.Function<BinaryArrays, String> json) {
        var bins = new BinaryArrays();
        String text = json.apply(bins);
        return bins.isEmpty() ? new WireFrame.Text(text) : new WireFrame.Binary(text, bins.frame(text));
    }

    /** The {@code error} message answering client message {@code ref} (null if unknown). */
    public String error(String code, String message, @Nullable Long ref) {
        return write(null, (g, bins) -> {
            g.writeStringField("type", "error");
            g.writeStringField("code", code);
            g.writeStringField("message", message);
            g.writeFieldName("ref");
            value(g, ref, bins);
        });
    }

    /** The page's boot JSON: {@code {"v":1,"token":…,"csrf":…,"ws":…}}. */
    public String boot(String token, String csrf, String wsPath) {
        return boot(token, csrf, wsPath, null);
    }

    /**
     * The page's boot JSON with {@code "grace"}: how long, in milliseconds, the session waits for its
     * page to reconnect (the client keeps input made offline that long, see docs/protocol.md).
     */
    public String boot(String token, String csrf, String wsPath, @Nullable Duration grace) {
        return write(null, (g, bins) -> {
            g.writeNumberField("v", VERSION);
            g.writeStringField("token", token);
            g.writeStringField("csrf", csrf);
            g.writeStringField("ws", wsPath);
            if (grace != null) {
                g.writeNumberField("grace", grace.toMillis());
            }
        });
    }

    private void op(JsonGenerator g, Op op, @Nullable BinaryArrays bins) throws IOException {
        switch (op) {
            case Op.SetProp set -> {
                g.writeStringField("op", "set");
                g.writeStringField("id", set.id());
                g.writeStringField("prop", set.prop());
                g.writeFieldName("value");
                value(g, set.value(), bins);
                g.writeNumberField("ack", set.ack());
            }
            case Op.StreamRows stream -> {
                g.writeStringField("op", "stream");
                g.writeStringField("id", stream.id());
                g.writeFieldName("columns");
                value(g, stream.columns(), bins);
                g.writeNumberField("start", stream.start());
                g.writeNumberField("rollover", stream.rollover());
                g.writeNumberField("version", stream.version());
            }
            case Op.PatchRows patch -> {
                g.writeStringField("op", "patch");
                g.writeStringField("id", patch.id());
                g.writeStringField("column", patch.column());
                g.writeNumberField("offset", patch.offset());
                g.writeFieldName("indices");
                value(g, patch.indices(), bins);
                g.writeFieldName("values");
                value(g, patch.values(), bins);
                g.writeNumberField("version", patch.version());
            }
            case Op.Notify notify -> {
                g.writeStringField("op", "notify");
                g.writeNumberField("nid", notify.id());
                g.writeStringField("level", notify.level().name().toLowerCase(Locale.ROOT));
                g.writeStringField("message", notify.message());
                g.writeNumberField("duration", notify.durationMs());
            }
            case Op.Dismiss dismiss -> {
                g.writeStringField("op", "dismiss");
                g.writeNumberField("nid", dismiss.id());
            }
        }
    }

    private void value(JsonGenerator g, @Nullable Object value, @Nullable BinaryArrays bins) throws IOException {
        if (bins != null && isLargeNumericArray(value)) {
            BinaryArrays.Ref ref = bins.add(value);
            g.writeStartObject();
            g.writeStringField("$bin", ref.dtype());
            g.writeNumberField("offset", ref.offset());
            g.writeNumberField("length", ref.length());
            g.writeEndObject();
            return;
        }
        switch (value) {
            case null -> g.writeNull();
            case Boolean b -> g.writeBoolean(b);
            case Double d when !Double.isFinite(d) -> g.writeNull();
            case Float f when !Float.isFinite(f) -> g.writeNull();
            case Integer i -> g.writeNumber(i);
            case Long l -> g.writeNumber(l);
            case Double d -> g.writeNumber(d);
            case Number n -> g.writeNumber(n.toString());
            case String s -> g.writeString(s);
            case byte[] bytes -> g.writeString(java.util.Base64.getEncoder().encodeToString(bytes));
            case double[] doubles -> {
                g.writeStartArray();
                for (double d : doubles) {
                    value(g, d, bins);
                }
                g.writeEndArray();
            }
            case long[] longs -> g.writeArray(longs, 0, longs.length);
            case int[] ints -> g.writeArray(ints, 0, ints.length);
            case Node node -> {
                g.writeStartObject();
                g.writeStringField("id", node.id());
                g.writeStringField("type", node.type());
                g.writeFieldName("props");
                value(g, node.props(), bins);
                g.writeEndObject();
            }
            case List<?> list -> {
                g.writeStartArray();
                for (Object item : list) {
                    value(g, item, bins);
                }
                g.writeEndArray();
            }
            case Map<?, ?> map -> {
                g.writeStartObject();
                for (Map.Entry<?, ?> entry : map.entrySet()) {
                    g.writeFieldName(String.valueOf(entry.getKey()));
                    value(g, entry.getValue(), bins);
                }
                g.writeEndObject();
            }
            default -> throw new IllegalArgumentException("not a wire value: " + value.getClass().getName());
        }
    }

    private boolean isLargeNumericArray(@Nullable Object value) {
        return switch (value) {
            case double[] a -> a.length >= binaryThreshold;
            case long[] a -> a.length >= binaryThreshold;
            case int[] a -> a.length >= binaryThreshold;
            case null, default -> false;
        };
    }

    /** One JSON object: what {@code body} writes, between braces. */
    private String write(@Nullable BinaryArrays bins, Body body) {
        return json(bins, (g, b) -> {
            g.writeStartObject();
            body.write(g, b);
            g.writeEndObject();
        });
    }

    /** What {@code body} writes, as text. */
    private String json(@Nullable BinaryArrays bins, Body body) {
        var out = new StringWriter(INITIAL_TEXT);
        try (JsonGenerator g = factory.createGenerator(out)) {
            body.write(g, bins);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    @FunctionalInterface
    private interface Body {
        void write(JsonGenerator g, @Nullable BinaryArrays bins) throws IOException;
    }
}
