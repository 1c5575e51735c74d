package org.panel4j.bench;

import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;
import org.panel4j.server.internal.ProtocolDecoder;
import org.panel4j.server.internal.ProtocolEncoder;
import org.panel4j.server.internal.WireFrame;
import org.panel4j.session.Batch;
import org.panel4j.session.Op;
import org.panel4j.session.wire.ClientMessage;

/**
 * The wire codec of the server ({@code org.panel4j.server.internal}, public classes, used directly):
 * encoding a typical patch (one text set, as a click's answer or a ticker sends) and decoding a click.
 * The encoder reuses the encoding of ops equal to the previous patch's (a fan-out), so the encoding
 * benchmarks alternate two batches that differ, and {@code encodePatchFanOut} measures the reuse.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
public class CodecBenchmark {

    private final ProtocolEncoder encoder = new ProtocolEncoder();
    private final ProtocolDecoder decoder = new ProtocolDecoder();
    private final Batch[] oneSet = {oneSet("Running 17"), oneSet("Running 18")};
    private final Batch[] fourSets = {fourSets("Finished 17"), fourSets("Finished 18")};
    private int turn;
    private final String click = "{\"type\":\"event\",\"seq\":12,\"csrf\":\"k3J9x0aQ2mZ7bV1cR8tY4wE6uI5oP0sD\","
            + "\"id\":\"c7f3a8\",\"event\":\"click\",\"payload\":{}}";

    private static Batch oneSet(String text) {
        return new Batch(42, List.of(new Op.SetProp("c7f3a9", "value", text, 0)));
    }

    private static Batch fourSets(String text) {
        return new Batch(43, List.of(
                new Op.SetProp("c7f3a9", "value", text, 0),
                new Op.SetProp("c7f3aa", "loading", false, 0),
                new Op.SetProp("c7f3ab", "value", 0.75, 3),
                new Op.SetProp("c7f3ac", "options", List.of("a", "b", "c"), 0)));
    }

    /** A patch with one set op. */
    @Benchmark
    public WireFrame encodePatchOneSet() {
        return encoder.patch(oneSet[turn++ & 1]);
    }

    /** A patch with four set ops of mixed value types. */
    @Benchmark
    public WireFrame encodePatchFourSets() {
        return encoder.patch(fourSets[turn++ & 1]);
    }

    /** The same one-set patch for the next session of a fan-out: the ops' encoding is reused. */
    @Benchmark
    public WireFrame encodePatchFanOut() {
        return encoder.patch(oneSet[0]);
    }

    /** A click event from the browser, decoded strictly. */
    @Benchmark
    public ClientMessage decodeClick() {
        return decoder.decode(click);
    }
}
