package org.panel4j.table;

import java.util.Set;
import java.util.function.IntPredicate;
import org.jspecify.annotations.Nullable;

/** BOOLEAN values as one bit per row. */
final class BooleanColumn implements ColumnStore {

    private final long[] values;
    private final long @Nullable [] nulls;

    BooleanColumn(long[] values, long @Nullable [] nulls) {
        this.values = values;
        this.nulls = nulls;
    }

    @Override
    public ColumnKind kind() {
        return ColumnKind.BOOLEAN;
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
        return isNull(row) ? null : Bits.get(values, row);
    }

    @Override
    public long sortKey(int row) {
        return Bits.get(values, row) ? 1 : 0;
    }

    @Override
    public IntPredicate between(@Nullable Object min, @Nullable Object max) {
        throw new IllegalArgumentException("a BOOLEAN column has no range filter");
    }

    @Override
    public IntPredicate oneOf(Set<?> wanted) {
        boolean withTrue = wanted.contains(Boolean.TRUE);
        boolean withFalse = wanted.contains(Boolean.FALSE);
        return row -> !isNull(row) && (Bits.get(values, row) ? withTrue : withFalse);
    }

    @Override
    public long bytes() {
        return 8L * values.length + (nulls != null ? 8L * nulls.length : 0);
    }
}
