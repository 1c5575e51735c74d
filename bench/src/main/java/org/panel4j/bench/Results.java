package org.panel4j.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Arrays;
import org.HdrHistogram.Histogram;

/** Shapes raw numbers for {@code results.json}: latency summaries, medians with their spread. */
final class Results {

    static final ObjectMapper JSON = new ObjectMapper();

    private Results() {}

    /** p50/p90/p99/max in milliseconds and the count of a nanosecond histogram. */
    static ObjectNode latency(Histogram h) {
        ObjectNode node = JSON.createObjectNode();
        node.put("count", h.getTotalCount());
        node.put("p50ms", h.getValueAtPercentile(50) / 1e6);
        node.put("p90ms", h.getValueAtPercentile(90) / 1e6);
        node.put("p99ms", h.getValueAtPercentile(99) / 1e6);
        node.put("maxms", h.getMaxValue() / 1e6);
        return node;
    }

    /** The median, min and max of {@code values}, and the values themselves. */
    static ObjectNode median(double... values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        int n = sorted.length;
        ObjectNode node = JSON.createObjectNode();
        node.put("median", n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2);
        node.put("min", sorted[0]);
        node.put("max", sorted[n - 1]);
        var all = node.putArray("runs");
        for (double v : values) {
            all.add(v);
        }
        return node;
    }
}
