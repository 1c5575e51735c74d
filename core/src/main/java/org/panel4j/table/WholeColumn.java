package org.panel4j.table;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Set;
import java.util.function.IntPredicate;
import org.jspecify.annotations.Nullable;

/**
 * INTEGER, DATE (epoch days) and DATETIME (epoch milliseconds) values, in an {@code int[]} when every
 * value fits, otherwise a {@code long[]}.
 */
final class WholeColumn implements ColumnStore {

    private final ColumnKind kind;
    private final int @Nullable [] ints;
    private final long @Nullable [] longs;
    private final long @Nullable [] nulls;

    private WholeColumn(ColumnKind kind, int @Nullable [] ints, long @Nullable [] longs, long @Nullable [] nulls) {
        this.kind = kind;
        this.ints = ints;
        this.longs = longs;
        this.nulls = nulls;
    }

    /** A column of {@code values} (nulls marked in {@code nulls}, or none), narrowed to ints when they fit. */
    static WholeColumn of(ColumnKind kind, long[] values, long @Nullable [] nulls) {
        boolean fits = true;
        for (long value : values) {
            if (value != (int) value) {
                fits = false;
                break;
            }
        }
        if (!fits) {
            return new WholeColumn(kind, null, values, nulls);
        }
        int[] narrow = new int[values.length];
        for (int i = 0; i < values.length; i++) {
            narrow[i] = (int) values[i];
        }
        return new WholeColumn(kind, narrow, null, nulls);
    }

    long get(int row) {
        return ints != null ? ints[row] : longs[row];
    }

    @Override
    public ColumnKind kind() {
        return kind;
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
        return isNull(row) ? null : box(kind, get(row));
    }

    @Override
    public long sortKey(int row) {
        return get(row) ^ Long.MIN_VALUE;
    }

    @Override
    public IntPredicate between(@Nullable Object min, @Nullable Object max) {
        long low = min == null ? Long.MIN_VALUE : lowerBound(min);
        long high = max == null ? Long.MAX_VALUE : upperBound(max);
        return row -> !isNull(row) && get(row) >= low && get(row) <= high;
    }

    @Override
    public IntPredicate oneOf(Set<?> values) {
        long[] wanted = values.stream()
                .filter(v -> !(v instanceof Instant instant) || instant.getNano() % 1_000_000 == 0)
                .mapToLong(this::lowerBound)
                .sorted()
                .toArray();
        return row -> !isNull(row) && Arrays.binarySearch(wanted, get(row)) >= 0;
    }

    @Override
    public long bytes() {
        return (ints != null ? 4L * ints.length : 8L * longs.length) + (nulls != null ? 8L * nulls.length : 0);
    }

    /** The least stored value not below {@code value} (an instant's sub-millisecond part rounds up). */
    private long lowerBound(Object value) {
        return switch (value) {
            case Long l -> l;
            case LocalDate date -> date.toEpochDay();
            case Instant instant -> saturatedMillis(instant) + (instant.getNano() % 1_000_000 == 0 ? 0 : 1);
            default -> throw new IllegalArgumentException("not a whole value: " + value.getClass().getSimpleName());
        };
    }

    /** The greatest stored value not above {@code value}. */
    private long upperBound(Object value) {
        return value instanceof Instant instant ? saturatedMillis(instant) : lowerBound(value);
    }

    private static long saturatedMillis(Instant instant) {
        try {
            return instant.toEpochMilli();
        } catch (ArithmeticException e) {
            return instant.isBefore(Instant.EPOCH) ? Long.MIN_VALUE : Long.MAX_VALUE - 1;
        }
    }

    static Object box(ColumnKind kind, long value) {
        return switch (kind) {
            case INTEGER -> value;
            case DATE -> LocalDate.ofEpochDay(value);
            case DATETIME -> Instant.ofEpochMilli(value);
            default -> throw new IllegalStateException("not a whole kind: " + kind);
        };
    }

    static long unbox(Object value) {
        return switch (value) {
            case Long l -> l;
            case LocalDate date -> date.toEpochDay();
            case Instant instant -> instant.toEpochMilli();
            default -> throw new IllegalArgumentException("not a whole value: " + value.getClass().getSimpleName());
        };
    }
}
