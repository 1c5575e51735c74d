package org.panel4j.server.internal;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.JsonRecyclerPools;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;
import org.panel4j.session.Batch;
import org.panel4j.session.Node;
import org.panel4j.session.Op;
import org.panel4j.session.PropKey;
import org.panel4j.session.wire.JsonWriter;
import org.panel4j.session.wire.ServerMessages;

/**
 * Encodes server → browser messages of protocol v1 ({@code init}, {@code patch}, {@code error}) and
 * the page's boot JSON, written by the core's {@link ServerMessages} (the page's codec too) through
 * Jackson's generator. Values are the core's wire-ready values; {@code byte[]} becomes base64 and
 * primitive arrays JSON arrays; a non-finite double becomes null. In {@code init} and {@code patch},
 * a {@code double[]}, {@code long[]} or {@code int[]} of at least the binary threshold's length
 * travels in a binary frame instead (see {@link BinaryArrays}). Thread-safe.
 */
public final class ProtocolEncoder {

    /** The protocol version. */
    public static final int VERSION = ServerMessages.VERSION;

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
        var bins = new BinaryArrays();
        String text = json(bins, out -> ServerMessages.init(out, root, reconnect, location));
        return bins.isEmpty() ? new WireFrame.Text(text) : new WireFrame.Binary(text, bins.frame(text));
    }

    /** The {@code patch} message of one batch. */
    public WireFrame patch(Batch batch) {
        EncodedOps last = lastOps;
        if (last != null && last.ops().equals(batch.ops())) {
            return new WireFrame.Text(patchText(batch.seq(), last.json()));
        }
        var bins = new BinaryArrays();
        String ops = json(bins, out -> ServerMessages.ops(out, batch.ops()));
        String text = patchText(batch.seq(), ops);
        if (!bins.isEmpty()) {
            return new WireFrame.Binary(text, bins.frame(text));
        }
        lastOps = new EncodedOps(batch.ops(), ops);
        return new WireFrame.Text(text);
    }

    /** What {@link ServerMessages#patch} writes, around ops already encoded. */
    private static String patchText(long seq, String opsJson) {
        return "{\"type\":\"patch\",\"seq\":" + seq + ",\"ops\":" + opsJson + "}";
    }

    /**
     * The ops of the last text patch, encoded. A change fanned out to many sessions is flushed for each of
     * them in a row with equal ops and only the sequence number differing, so their encoding is reused.
     */
    private record EncodedOps(List<Op> ops, String json) {}

    /** The {@code error} message answering client message {@code ref} (null if unknown). */
    public String error(String code, String message, @Nullable Long ref) {
        return json(null, out -> ServerMessages.error(out, code, message, ref));
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
        return json(null, out -> {
            out.startObject();
            out.name("v");
            out.number(VERSION);
            out.name("token");
            out.string(token);
            out.name("csrf");
            out.string(csrf);
            out.name("ws");
            out.string(wsPath);
            if (grace != null) {
                out.name("grace");
                out.number(grace.toMillis());
            }
            out.endObject();
        });
    }

    /** What {@code body} writes, as text; large numeric arrays go into {@code bins} unless it is null. */
    private String json(@Nullable BinaryArrays bins, Consumer<JsonWriter> body) {
        var text = new StringWriter(INITIAL_TEXT);
        try (JsonGenerator g = factory.createGenerator(text)) {
            body.accept(new JacksonJsonWriter(g, bins, binaryThreshold));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return text.toString();
    }
}
