package org.panel4j.server.internal;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.DoubleBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * The numeric arrays of one message that travel in binary, in the order the JSON references them,
 * and the frame that carries them: {@code u32 L} (little-endian), {@code L} bytes of UTF-8 JSON,
 * zero padding to a multiple of 8, then the data section, each array starting at a multiple of 8.
 * {@code double[]} and {@code long[]} become Float64 (a long is exact up to 2^53, like JSON read by a
 * browser), {@code int[]} Int32. Not thread-safe: one per message being encoded.
 */
final class BinaryArrays {

    /** A referenced array: its JSON dtype, its data-section byte offset and its length. */
    record Ref(String dtype, long offset, int length) {}

    private final List<Object> arrays = new ArrayList<>();
    private final List<Ref> refs = new ArrayList<>();
    private long size;

    /** Takes {@code array} (double[], long[] or int[]) into the data section; returns where it goes. */
    Ref add(Object array) {
        int length = switch (array) {
            case double[] a -> a.length;
            case long[] a -> a.length;
            case int[] a -> a.length;
            default -> throw new IllegalArgumentException("not a numeric array: " + array.getClass());
        };
        String dtype = array instanceof int[] ? "i32" : "f64";
        var ref = new Ref(dtype, size, length);
        arrays.add(array);
        refs.add(ref);
        size += align(length * (array instanceof int[] ? 4L : 8L));
        return ref;
    }

    boolean isEmpty() {
        return arrays.isEmpty();
    }

    /** The whole frame for header {@code json}. */
    ByteBuffer frame(String json) {
        byte[] header = json.getBytes(StandardCharsets.UTF_8);
        long dataStart = align(4L + header.length);
        long total = dataStart + size;
        if (total > Integer.MAX_VALUE - 8) {
            throw new IllegalArgumentException("a binary frame of " + total + " bytes is too large");
        }
        ByteBuffer frame = ByteBuffer.allocate((int) total).order(ByteOrder.LITTLE_ENDIAN);
        frame.putInt(header.length).put(header);
        for (int i = 0; i < arrays.size(); i++) {
            Object array = arrays.get(i);
            frame.position((int) (dataStart + refs.get(i).offset()));
            switch (array) {
                case double[] a -> frame.asDoubleBuffer().put(a);
                case long[] a -> putLongsAsDoubles(frame.asDoubleBuffer(), a);
                case int[] a -> frame.asIntBuffer().put(a);
                default -> throw new IllegalStateException();
            }
        }
        return frame.position(0).asReadOnlyBuffer().order(ByteOrder.LITTLE_ENDIAN);
    }

    private static void putLongsAsDoubles(DoubleBuffer out, long[] values) {
        for (long v : values) {
            out.put((double) v);
        }
    }

    private static long align(long n) {
        return (n + 7) & ~7L;
    }
}
