package org.panel4j.server.internal;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;
import org.panel4j.session.Batch;
import org.panel4j.session.Node;
import org.panel4j.session.Op;

/** Numeric arrays at or past the threshold travel in a binary frame that the JSON references. */
class BinaryFrameEncoderTest {

    private final ProtocolEncoder encoder = new ProtocolEncoder(4);
    private final ObjectMapper json = new ObjectMapper();

    @Test
    void arraysBelowTheThreshold_stayJson_inATextFrame() throws Exception {
        var frame = encoder.patch(new Batch(1, List.of(stream(Map.of("x", new double[] {1, 2, 3}), 0))));

        assertThat(frame).isInstanceOf(WireFrame.Text.class);
        assertThat(json.readTree(frame.json()).at("/ops/0/columns/x").toString()).isEqualTo("[1.0,2.0,3.0]");
    }

    @Test
    void largeArrays_goToTheDataSection_alignedAndLittleEndian_andTheJsonReferencesThem() throws Exception {
        var columns = new LinkedHashMap<String, Object>();
        columns.put("small", new double[] {9, 8});
        columns.put("x", new double[] {0.5, -1.25, Double.NaN, 1e300, 7});
        columns.put("t", new long[] {1_764_000_000_123L, -3, 1L << 53, 4});
        var batch = new Batch(3, List.of(
                stream(columns, 10),
                new Op.PatchRows("d1", "x", 10, new int[] {0, 1, 2, 3, 4}, new double[] {1, 2, 3, 4, 5}, 6)));

        var frame = (WireFrame.Binary) encoder.patch(batch);
        ByteBuffer bytes = frame.bytes().duplicate().order(ByteOrder.LITTLE_ENDIAN);
        int headerLength = bytes.getInt(0);
        byte[] header = new byte[headerLength];
        bytes.get(4, header);
        JsonNode message = json.readTree(new String(header, StandardCharsets.UTF_8));
        int dataStart = (4 + headerLength + 7) & ~7;

        assertThat(message.get("type").asText()).isEqualTo("patch");
        assertThat(message.get("seq").asLong()).isEqualTo(3);
        assertThat(message.at("/ops/0/columns/small").toString()).isEqualTo("[9.0,8.0]");
        assertThat(doubles(bytes, dataStart, message.at("/ops/0/columns/x"), "f64"))
                .containsExactly(0.5, -1.25, Double.NaN, 1e300, 7);
        assertThat(doubles(bytes, dataStart, message.at("/ops/0/columns/t"), "f64"))
                .containsExactly(1_764_000_000_123.0, -3, 9007199254740992.0, 4);
        JsonNode indices = message.at("/ops/1/indices");
        assertThat(indices.get("$bin").asText()).isEqualTo("i32");
        assertThat(IntStream.range(0, 5).map(i -> bytes.getInt(dataStart + indices.get("offset").asInt() + 4 * i)))
                .containsExactly(0, 1, 2, 3, 4);
        assertThat(doubles(bytes, dataStart, message.at("/ops/1/values"), "f64")).containsExactly(1, 2, 3, 4, 5);
        assertThat(message.at("/ops/0/start").asLong()).isEqualTo(10);
        assertThat(bytes.capacity() % 8).isZero();
    }

    @Test
    void init_withALargeSnapshot_isBinaryToo() throws Exception {
        var data = Map.of("columns", Map.of("x", LongStream.range(0, 6).toArray()));
        var frame = encoder.init(new Node("d1", "ColumnDataSource", Map.of("data", data)), null);

        assertThat(frame).isInstanceOf(WireFrame.Binary.class);
        JsonNode ref = json.readTree(frame.json()).at("/root/props/data/columns/x");
        assertThat(ref.get("$bin").asText()).isEqualTo("f64");
        assertThat(ref.get("length").asInt()).isEqualTo(6);
    }

    @Test
    void theThresholdMustBePositive() {
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> new ProtocolEncoder(0))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("at least 1");
    }

    private static Op.StreamRows stream(Map<String, Object> columns, long start) {
        return new Op.StreamRows("d1", columns, start, 100, 5);
    }

    private static double[] doubles(ByteBuffer bytes, int dataStart, JsonNode ref, String dtype) {
        assertThat(ref.get("$bin").asText()).isEqualTo(dtype);
        int offset = ref.get("offset").asInt();
        assertThat(offset % 8).isZero();
        assertThat((dataStart + offset) % 8).isZero();
        double[] out = new double[ref.get("length").asInt()];
        for (int i = 0; i < out.length; i++) {
            out[i] = bytes.getDouble(dataStart + offset + 8 * i);
        }
        return out;
    }
}
