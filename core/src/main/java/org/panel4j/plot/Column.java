package org.panel4j.plot;

import java.lang.reflect.Array;
import java.util.Arrays;
import java.util.List;

/**
 * Growable, unboxed storage for one column: a {@code double[]}, {@code long[]} or {@code String[]}
 * with a head index, so appending and dropping rows at the front (rollover) are amortised O(1) per
 * row. All copies go through {@link System#arraycopy}, never through boxed values. Not thread-safe.
 */
final class Column {

    private final ColumnType type;
    private Object data;
    private int head;
    private int size;

    Column(ColumnType type, int capacity) {
        this.type = type;
        this.data = type.newArray(Math.max(capacity, 8));
    }

    /** A column holding a copy of {@code values} (an array of the type's elements). */
    static Column of(ColumnType type, Object values) {
        var column = new Column(type, Array.getLength(values));
        column.append(values, 0, Array.getLength(values));
        return column;
    }

    ColumnType type() {
        return type;
    }

    int size() {
        return size;
    }

    /** Appends {@code values[from, to)}. */
    void append(Object values, int from, int to) {
        int count = to - from;
        ensureRoom(count);
        System.arraycopy(values, from, data, head + size, count);
        size += count;
    }

    /** Appends every row of {@code other}. */
    void append(Column other) {
        append(other.data, other.head, other.head + other.size);
    }

    /** Appends row {@code row} of {@code other}. */
    void appendRow(Column other, int row) {
        append(other.data, other.head + row, other.head + row + 1);
    }

    /** Sets row {@code row} to row {@code otherRow} of {@code other}. */
    void setRow(int row, Column other, int otherRow) {
        System.arraycopy(other.data, other.head + otherRow, data, head + row, 1);
    }

    /** Drops the first {@code count} rows. */
    void dropFront(int count) {
        int dropped = Math.min(count, size);
        if (type == ColumnType.STRING) {
            Arrays.fill((Object[]) data, head, head + dropped, null);
        }
        head += dropped;
        size -= dropped;
    }

    /** Keeps only the last {@code count} rows. */
    void keepLast(int count) {
        if (size > count) {
            dropFront(size - count);
        }
    }

    /** Sets row {@code row} to {@code values[index]}. */
    void set(int row, Object values, int index) {
        System.arraycopy(values, index, data, head + row, 1);
    }

    /** A fresh array holding {@code values[from, to)} ({@code values} being any array). */
    static Object slice(Object values, int from, int to) {
        return switch (values) {
            case double[] doubles -> Arrays.copyOfRange(doubles, from, to);
            case long[] longs -> Arrays.copyOfRange(longs, from, to);
            case String[] strings -> Arrays.copyOfRange(strings, from, to);
            default -> throw new IllegalArgumentException("Not a column array: " + values.getClass().getName());
        };
    }

    /** Rows {@code [from, to)} as a fresh array of the element type. */
    Object copy(int from, int to) {
        Object out = type.newArray(to - from);
        System.arraycopy(data, head + from, out, 0, to - from);
        return out;
    }

    /** All rows as a fresh array. */
    Object copy() {
        return copy(0, size);
    }

    /** Rows {@code [from, to)} in their wire form: {@code double[]}, {@code long[]} or {@code List<String>}. */
    Object toWire(int from, int to) {
        Object array = copy(from, to);
        return type == ColumnType.STRING ? List.of((String[]) array) : array;
    }

    private void ensureRoom(int count) {
        int capacity = Array.getLength(data);
        if (head + size + count <= capacity) {
            return;
        }
        int needed = size + count;
        int newCapacity = needed <= capacity / 2 ? capacity : Math.max(needed, capacity * 2);
        Object grown = newCapacity == capacity ? data : type.newArray(newCapacity);
        System.arraycopy(data, head, grown, 0, size);
        if (grown == data && type == ColumnType.STRING) {
            Arrays.fill((Object[]) data, size, head + size, null);
        }
        data = grown;
        head = 0;
    }
}
