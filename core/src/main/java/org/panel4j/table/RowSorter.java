package org.panel4j.table;

import java.util.List;

/**
 * Sorts row indexes by several columns without boxing: a stable least-significant-digit radix sort
 * of each column's 64-bit sort keys (six digits of 11 bits), one level at a time from the least
 * significant, so each level keeps the order of the levels after it and, in the end, the data's own
 * order among ties. A digit that every key shares is skipped, so a small range costs one or two
 * passes, not six.
 * Nulls come first ascending and last descending. Checks for an interrupt between passes and every
 * 65,536 rows.
 */
final class RowSorter {

    /** One sort level: a column and its direction. */
    record Level(ColumnStore column, boolean descending) {}

    private static final int CHECK_MASK = 0xFFFF;
    private static final int DIGIT_BITS = 11;
    private static final int DIGITS = (64 + DIGIT_BITS - 1) / DIGIT_BITS;
    private static final int BUCKETS = 1 << DIGIT_BITS;
    private static final int DIGIT_MASK = BUCKETS - 1;

    private RowSorter() {}

    /** {@code rows}, ascending row indexes, reordered by {@code levels} (most significant first); sorts in place. */
    static int[] sort(int[] rows, List<Level> levels) throws InterruptedException {
        int n = rows.length;
        int[] perm = rows;
        int[] spare = new int[n];
        long[] keys = new long[n];
        long[] spareKeys = new long[n];
        for (int l = levels.size() - 1; l >= 0; l--) {
            Level level = levels.get(l);
            ColumnStore column = level.column();
            // nulls are set aside in order, and put back first (ascending) or last (descending)
            int nulls = 0;
            int values = 0;
            long flip = level.descending() ? -1L : 0L;
            for (int i = 0; i < n; i++) {
                checkInterrupt(i);
                int row = perm[i];
                if (column.isNull(row)) {
                    spare[nulls++] = row;
                } else {
                    keys[values] = column.sortKey(row) ^ flip;
                    perm[values++] = row;
                }
            }
            int[] nullRows = java.util.Arrays.copyOf(spare, nulls);
            int[] sorted = radix(perm, keys, spare, spareKeys, values);
            if (sorted != perm) {
                System.arraycopy(sorted, 0, perm, 0, values);
            }
            if (nulls > 0) {
                if (level.descending()) {
                    System.arraycopy(nullRows, 0, perm, values, nulls);
                } else {
                    System.arraycopy(perm, 0, perm, nulls, values);
                    System.arraycopy(nullRows, 0, perm, 0, nulls);
                }
            }
        }
        return perm;
    }

    /** Stable radix sort of the first {@code n} rows by unsigned key; returns the array holding the result. */
    private static int[] radix(int[] rows, long[] keys, int[] spareRows, long[] spareKeys, int n)
            throws InterruptedException {
        if (n < 2) {
            return rows;
        }
        int[][] counts = new int[DIGITS][BUCKETS];
        for (int i = 0; i < n; i++) {
            checkInterrupt(i);
            long key = keys[i];
            for (int d = 0; d < DIGITS; d++) {
                counts[d][(int) (key >>> (d * DIGIT_BITS)) & DIGIT_MASK]++;
            }
        }
        int[] from = rows;
        long[] fromKeys = keys;
        int[] to = spareRows;
        long[] toKeys = spareKeys;
        for (int d = 0; d < DIGITS; d++) {
            int shift = d * DIGIT_BITS;
            int[] count = counts[d];
            if (count[(int) (fromKeys[0] >>> shift) & DIGIT_MASK] == n) {
                continue; // every key has the same digit here
            }
            if (Thread.interrupted()) {
                throw new InterruptedException();
            }
            int[] start = new int[BUCKETS];
            for (int b = 1; b < BUCKETS; b++) {
                start[b] = start[b - 1] + count[b - 1];
            }
            for (int i = 0; i < n; i++) {
                checkInterrupt(i);
                long key = fromKeys[i];
                int at = start[(int) (key >>> shift) & DIGIT_MASK]++;
                to[at] = from[i];
                toKeys[at] = key;
            }
            int[] swapRows = from;
            from = to;
            to = swapRows;
            long[] swapKeys = fromKeys;
            fromKeys = toKeys;
            toKeys = swapKeys;
        }
        return from;
    }

    static void checkInterrupt(int i) throws InterruptedException {
        if ((i & CHECK_MASK) == 0 && Thread.interrupted()) {
            throw new InterruptedException();
        }
    }
}
