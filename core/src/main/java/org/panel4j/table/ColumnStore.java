package org.panel4j.table;

import java.util.Set;
import java.util.function.IntPredicate;
import org.jspecify.annotations.Nullable;

/**
 * One column's values in primitive arrays, read by row index. Values were checked against the kind
 * before any method here sees them ({@link TableSchema#check}).
 */
sealed interface ColumnStore permits WholeColumn, DecimalColumn, BooleanColumn, TextColumn {

    /** The kind of the values. */
    ColumnKind kind();

    /** Whether the column has any null. */
    boolean hasNulls();

    /** Whether the value at {@code row} is null. */
    boolean isNull(int row);

    /** The value at {@code row} as its kind's value type, or null. */
    @Nullable Object value(int row);

    /** A key whose unsigned order is the order of the non-null values; undefined for a null. */
    long sortKey(int row);

    /** Rows whose value lies in the range; nulls never do. Only for ordered kinds. */
    IntPredicate between(@Nullable Object min, @Nullable Object max);

    /** Rows whose value is one of {@code values}. */
    IntPredicate oneOf(Set<?> values);

    /** About how many bytes of heap the column holds. */
    long bytes();
}
