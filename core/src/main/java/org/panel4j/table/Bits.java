package org.panel4j.table;

/** Bit sets in plain {@code long[]} words, one bit per row: null marks, booleans and filter results. */
final class Bits {

    private Bits() {}

    static long[] of(int size) {
        return new long[(size + 63) >>> 6];
    }

    static long[] allSet(int size) {
        long[] bits = of(size);
        java.util.Arrays.fill(bits, -1L);
        if ((size & 63) != 0) {
            bits[bits.length - 1] = (1L << (size & 63)) - 1;
        }
        return bits;
    }

    static boolean get(long[] bits, int index) {
        return (bits[index >>> 6] & (1L << index)) != 0;
    }

    static void set(long[] bits, int index) {
        bits[index >>> 6] |= 1L << index;
    }

    static int count(long[] bits) {
        int count = 0;
        for (long word : bits) {
            count += Long.bitCount(word);
        }
        return count;
    }
}
