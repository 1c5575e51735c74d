package org.panel4j.table;

import java.util.Arrays;
import java.util.Set;
import java.util.function.IntPredicate;
import org.jspecify.annotations.Nullable;

/** DECIMAL values in a {@code double[]}. */
final class DecimalColumn implements ColumnStore {

    private final double[] values;
    private final long @Nullable [] nulls;

    DecimalColumn(double[] values, long @Nullable [] nulls) {
        this.values = values;
        this.nulls = nulls;
    }

    @Override
    public ColumnKind kind() {
        return ColumnKind.DECIMAL;
    }

    @Override
    public boolean hasNulls() {
        return nulls != null;
    }

    @Override
    public boolean isNull(int row) {
        return nulls != null && Bits.get(nulls, row);
    }

    @Override
    public @Nullable Object value(int row) {
        return isNull(row) ? null : values[row];
    }

    @Override
    public long sortKey(int row) {
        long bits = Double.doubleToLongBits(values[row] + 0.0);
        return bits ^ (bits < 0 ? -1L : Long.MIN_VALUE);
    }

    @Override
    public IntPredicate between(@Nullable Object min, @Nullable Object max) {
        double low = min == null ? Double.NEGATIVE_INFINITY : (Double) min;
        double high = max == null ? Double.POSITIVE_INFINITY : (Double) max;
        return row -> !isNull(row) && values[row] >= low && values[row] <= high;
    }

    @Override
    public IntPredicate oneOf(Set<?> wanted) {
        // + 0.0 turns -0.0 into 0.0, which SQL counts as equal
        double[] sorted = wanted.stream().mapToDouble(v -> (Double) v + 0.0).sorted().toArray();
        return row -> !isNull(row) && Arrays.binarySearch(sorted, values[row] + 0.0) >= 0;
    }

    @Override
    public long bytes() {
        return 8L * values.length + (nulls != null ? 8L * nulls.length : 0);
    }
}
