package org.panel4j.plot;

import java.lang.reflect.Array;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.locks.ReentrantLock;
import org.jspecify.annotations.Nullable;
import org.panel4j.component.Component;
import org.panel4j.session.Node;
import org.panel4j.session.PropKey;
import org.panel4j.session.Session;
import org.panel4j.session.internal.SessionCore;

/**
 * Named columns of equal length that glyphs draw from (Bokeh's {@code ColumnDataSource}). A column
 * holds {@code double}, {@code long} (e.g. epoch milliseconds) or {@code String} values in unboxed,
 * growable storage. {@link #stream} appends rows and sends only those rows to the browsers showing
 * the source; {@link #patch} replaces single values; {@link #setData} replaces everything.
 *
 * <p><b>Rollover</b>, the same on server and client: append the new rows, then keep the last
 * {@code rollover} rows.
 *
 * <p><b>Delivery</b>: each session holds at most one pending entry per source; streams merge by
 * concatenation and rollover, so a slow browser costs memory bounded by the rollover, never by the
 * number of calls. A {@code setData} supersedes what was pending. Every row has an ordinal that is
 * never reused (row 0 has ordinal {@code offset}), and every change raises the source's version, so a
 * client applies each op exactly once even where it overlaps a snapshot (see {@code Op.StreamRows}).
 *
 * <p>Thread-safe: many async tasks may stream at once; each call is atomic, and the rows of one call
 * stay together and in order, on the server and in every browser. A bad call throws
 * {@link IllegalArgumentException} and changes nothing. The source renders nothing itself.
 *
 * {@snippet :
 * var source = new ColumnDataSource(Map.of("x", new double[] {0}, "y", new double[] {0}));
 * source.stream(Map.of("x", new double[] {1, 2, 3}, "y", new double[] {0.4, 0.1, 0.9}), 100);
 * source.patch("y", new int[] {0}, new double[] {0.5});
 * }
 */
public final class ColumnDataSource extends Component {

    /** The wire property that carries the data in snapshots and in a replace. */
    static final String DATA = "data";

    private final ReentrantLock lock = new ReentrantLock();
    private final PropKey dataKey = new PropKey(id(), DATA);
    private final LinkedHashMap<String, Column> columns = new LinkedHashMap<>();
    private int length;
    private long offset;
    private long version;

    /** An empty source without columns; {@link #setData} or a first {@link #stream} gives it some. */
    public ColumnDataSource() {}

    /**
     * A source holding {@code data}: column name to {@code double[]}, {@code long[]}, {@code int[]},
     * {@code float[]}, {@code String[]} or a {@code List} of numbers, instants (as epoch millis) or
     * strings. The values are copied.
     *
     * @throws IllegalArgumentException if the columns differ in length or a column has no usable type
     */
    public ColumnDataSource(Map<String, ?> data) {
        setData(data);
    }

    // ---- writing ----------------------------------------------------------------------------

    /**
     * Replaces all columns with {@code data} (see {@link #ColumnDataSource(Map)}); whatever stream or
     * patch was still pending for a browser is superseded.
     *
     * @throws IllegalArgumentException if the columns differ in length or a column has no usable type
     */
    public void setData(Map<String, ?> data) {
        Objects.requireNonNull(data, "data");
        String where = this + ".setData";
        int n = Columns.commonLength(where, data);
        var fresh = new LinkedHashMap<String, Column>();
        data.forEach((name, values) -> {
            ColumnType type = Columns.infer(where, name, values);
            fresh.put(name, Column.of(type, Columns.toArray(where, name, type, values)));
        });
        lock.lock();
        try {
            columns.clear();
            columns.putAll(fresh);
            offset += length;
            length = n;
            version++;
            List<Session> sessions = sessions();
            for (Session session : sessions) {
                SessionCore.of(session).markDirty(DataPending.replace(this, dataKey, version), sessions.size());
            }
        } finally {
            lock.unlock();
        }
    }

    /** Appends rows with no rollover (the source keeps every row); see {@link #stream(Map, int)}. */
    public void stream(Map<String, ?> rows) {
        streamRows(rows, 0);
    }

    /**
     * Appends {@code rows}, then keeps the last {@code rollover} rows. {@code rows} gives every column
     * of the source (a source without columns takes them from the first stream), each as an array or
     * {@code List} of one length; the values are copied. Only the new rows travel to the browsers.
     *
     * @throws IllegalArgumentException if {@code rollover < 1}, a column is missing, unknown, of
     *         another type or of another length; nothing changes then
     */
    public void stream(Map<String, ?> rows, int rollover) {
        if (rollover < 1) {
            throw new IllegalArgumentException(this + ".stream: rollover must be at least 1, not " + rollover);
        }
        streamRows(rows, rollover);
    }

    private void streamRows(Map<String, ?> rows, int rollover) {
        Objects.requireNonNull(rows, "rows");
        String where = this + ".stream";
        int n = Columns.commonLength(where, rows);
        lock.lock();
        try {
            if (columns.isEmpty()) {
                setData(rows);
                if (keepLastLocked(rollover)) {
                    version++;
                    List<Session> sessions = sessions();
                    for (Session session : sessions) {
                        SessionCore.of(session).markDirty(DataPending.replace(this, dataKey, version), sessions.size());
                    }
                }
                return;
            }
            var arrays = new LinkedHashMap<String, Object>();
            for (Map.Entry<String, Column> column : columns.entrySet()) {
                Object values = rows.get(column.getKey());
                if (values == null) {
                    throw new IllegalArgumentException(where + ": every column must be given, '" + column.getKey()
                            + "' is missing (columns: " + String.join(", ", columns.keySet()) + ")");
                }
                arrays.put(column.getKey(), Columns.toArray(where, column.getKey(), column.getValue().type(), values));
            }
            for (String name : rows.keySet()) {
                if (!columns.containsKey(name)) {
                    throw new IllegalArgumentException(where + ": unknown column '" + name
                            + "' (columns: " + String.join(", ", columns.keySet()) + ")");
                }
            }
            if (n == 0) {
                return;
            }
            long start = offset + length;
            arrays.forEach((name, values) -> columns.get(name).append(values, 0, n));
            length += n;
            keepLastLocked(rollover);
            version++;
            List<Session> sessions = sessions();
            if (!sessions.isEmpty()) {
                int sent = Math.min(n, length);
                if (sent < n) {
                    arrays.replaceAll((name, values) -> Column.slice(values, n - sent, n));
                }
                for (Session session : sessions) {
                    SessionCore.of(session).markDirty(DataPending.stream(this, dataKey, arrays, sent, start + n - sent, length, version),
                            sessions.size());
                }
            }
        } finally {
            lock.unlock();
        }
    }

    /** Applies the rollover rule's second half; returns whether rows were dropped. */
    private boolean keepLastLocked(int rollover) {
        if (rollover > 0 && length > rollover) {
            int dropped = length - rollover;
            columns.values().forEach(column -> column.dropFront(dropped));
            offset += dropped;
            length = rollover;
            return true;
        }
        return false;
    }

    /**
     * Replaces the values of {@code column} at row {@code indices[i]} with {@code values[i]}.
     *
     * @throws IllegalArgumentException if the column is unknown or not of double values, an index is
     *         out of range, or the arrays differ in length; nothing changes then
     */
    public void patch(String column, int[] indices, double[] values) {
        patchRows(column, indices, values);
    }

    /** Like {@link #patch(String, int[], double[])} for a column of long values. */
    public void patch(String column, int[] indices, long[] values) {
        patchRows(column, indices, values);
    }

    /** Like {@link #patch(String, int[], double[])} for a column of strings. */
    public void patch(String column, int[] indices, String[] values) {
        patchRows(column, indices, values);
    }

    /** Like {@link #patch(String, int[], double[])} with the values as a list (numbers, instants or strings). */
    public void patch(String column, int[] indices, List<?> values) {
        patchRows(column, indices, values);
    }

    private void patchRows(String column, int[] indices, Object values) {
        Objects.requireNonNull(column, "column");
        Objects.requireNonNull(indices, "indices");
        Objects.requireNonNull(values, "values");
        String where = this + ".patch";
        int n = Columns.length(where, column, values);
        if (n != indices.length) {
            throw new IllegalArgumentException(where + ": " + indices.length + " indices but " + n
                    + " values for column '" + column + "'");
        }
        lock.lock();
        try {
            Column target = columnLocked(where, column);
            Column patch = Column.of(target.type(), Columns.toArray(where, column, target.type(), values));
            var ordinals = new long[n];
            for (int i = 0; i < n; i++) {
                if (indices[i] < 0 || indices[i] >= length) {
                    throw new IllegalArgumentException(where + ": index " + indices[i] + " of column '" + column
                            + "' is out of range for " + length + " rows");
                }
                ordinals[i] = offset + indices[i];
            }
            if (n == 0) {
                return;
            }
            for (int i = 0; i < n; i++) {
                target.setRow(indices[i], patch, i);
            }
            version++;
            List<Session> sessions = sessions();
            for (Session session : sessions) {
                SessionCore.of(session).markDirty(DataPending.patch(this, dataKey, column, ordinals, patch, offset, version),
                        sessions.size());
            }
        } finally {
            lock.unlock();
        }
    }

    /**
     * Replaces the value of {@code column} in the row whose ordinal is {@code ordinal} (row {@code i}
     * has ordinal {@link #firstOrdinal()} {@code + i} for life), atomically with respect to streams that
     * roll rows off: a row no longer held is left alone.
     *
     * @param value a {@code Double}, {@code Long} or {@code String}, as the column holds
     * @return the value it replaced, or null when the row is not held (nothing changes then)
     * @throws IllegalArgumentException if the column is unknown or the value of another type
     */
    public @Nullable Object patchOrdinal(String column, long ordinal, Object value) {
        Objects.requireNonNull(value, "value");
        lock.lock();
        try {
            long index = ordinal - offset;
            if (index < 0 || index >= length) {
                return null;
            }
            Object previous = Array.get(columnLocked(this + ".patchOrdinal", column).copy((int) index, (int) index + 1), 0);
            patchRows(column, new int[] {(int) index}, List.of(value));
            return previous;
        } finally {
            lock.unlock();
        }
    }

    // ---- reading ----------------------------------------------------------------------------

    /** The number of rows. */
    public int length() {
        lock.lock();
        try {
            return length;
        } finally {
            lock.unlock();
        }
    }

    /** The ordinal of row 0: rows keep their ordinal for life, and streamed rows take the next ones. */
    public long firstOrdinal() {
        lock.lock();
        try {
            return offset;
        } finally {
            lock.unlock();
        }
    }

    /**
     * The values of the row whose ordinal is {@code ordinal}, column name to {@code Double}, {@code Long}
     * or {@code String}, or null when the source does not hold that row (rolled off, or not yet streamed).
     */
    public @Nullable Map<String, Object> row(long ordinal) {
        lock.lock();
        try {
            long index = ordinal - offset;
            if (index < 0 || index >= length) {
                return null;
            }
            var values = new LinkedHashMap<String, Object>();
            columns.forEach((name, column) -> values.put(name, Array.get(column.copy((int) index, (int) index + 1), 0)));
            return values;
        } finally {
            lock.unlock();
        }
    }

    /**
     * A consistent copy of every row: the ordinal of the first, and each column as a {@code double[]},
     * {@code long[]} or {@code String[]}.
     *
     * @param offset the ordinal of the first row
     * @param columns column name to its values, all of one length
     */
    public record Rows(long offset, Map<String, Object> columns) {}

    /** Copies every row at once (see {@link Rows}). */
    public Rows rows() {
        lock.lock();
        try {
            var copies = new LinkedHashMap<String, Object>();
            columns.forEach((name, column) -> copies.put(name, column.copy()));
            return new Rows(offset, Collections.unmodifiableMap(copies));
        } finally {
            lock.unlock();
        }
    }

    /** The column names, in the order they were given. */
    public List<String> columnNames() {
        lock.lock();
        try {
            return List.copyOf(columns.keySet());
        } finally {
            lock.unlock();
        }
    }

    /** Whether the source has a column named {@code name}. */
    public boolean hasColumn(String name) {
        lock.lock();
        try {
            return columns.containsKey(Objects.requireNonNull(name, "name"));
        } finally {
            lock.unlock();
        }
    }

    /**
     * The type of column {@code name}.
     *
     * @throws IllegalArgumentException if there is no such column
     */
    public ColumnType columnType(String name) {
        lock.lock();
        try {
            return columnLocked(this.toString(), name).type();
        } finally {
            lock.unlock();
        }
    }

    /**
     * A copy of column {@code name} as doubles; a long column is converted.
     *
     * @throws IllegalArgumentException if there is no such column or it holds strings
     */
    public double[] doubles(String name) {
        lock.lock();
        try {
            Column column = columnLocked(this + ".doubles", name);
            return switch (column.type()) {
                case DOUBLE -> (double[]) column.copy();
                case LONG -> Arrays.stream((long[]) column.copy()).asDoubleStream().toArray();
                case STRING -> throw wrongType("doubles", name, column);
            };
        } finally {
            lock.unlock();
        }
    }

    /**
     * A copy of column {@code name}, which must hold longs.
     *
     * @throws IllegalArgumentException if there is no such column or it holds other values
     */
    public long[] longs(String name) {
        lock.lock();
        try {
            Column column = columnLocked(this + ".longs", name);
            if (column.type() != ColumnType.LONG) {
                throw wrongType("longs", name, column);
            }
            return (long[]) column.copy();
        } finally {
            lock.unlock();
        }
    }

    /**
     * A copy of column {@code name}, which must hold strings.
     *
     * @throws IllegalArgumentException if there is no such column or it holds numbers
     */
    public List<String> strings(String name) {
        lock.lock();
        try {
            Column column = columnLocked(this + ".strings", name);
            if (column.type() != ColumnType.STRING) {
                throw wrongType("strings", name, column);
            }
            return List.of((String[]) column.copy());
        } finally {
            lock.unlock();
        }
    }

    private Column columnLocked(String where, String name) {
        Column column = columns.get(Objects.requireNonNull(name, "name"));
        if (column == null) {
            throw new IllegalArgumentException(where + ": no column '" + name + "' (columns: "
                    + String.join(", ", columns.keySet()) + ")");
        }
        return column;
    }

    private IllegalArgumentException wrongType(String reader, String name, Column column) {
        return new IllegalArgumentException(this + "." + reader + ": column '" + name + "' holds "
                + column.type().wireName() + " values");
    }

    // ---- the wire ---------------------------------------------------------------------------

    /** Snapshots the source: the common properties plus {@code data} (see {@link #dataWire()}). */
    @Override
    public Node toNode() {
        Node node = super.toNode();
        var props = new LinkedHashMap<>(node.props());
        props.put(DATA, dataWire());
        return new Node(node.id(), node.type(), props);
    }

    /**
     * The data as the browser receives them: {@code {"offset": ordinal of row 0, "version": n,
     * "types": {name: "double"|"long"|"string"}, "columns": {name: double[]|long[]|List<String>}}}.
     */
    Map<String, Object> dataWire() {
        lock.lock();
        try {
            var types = new LinkedHashMap<String, Object>();
            var values = new LinkedHashMap<String, Object>();
            columns.forEach((name, column) -> {
                types.put(name, column.type().wireName());
                values.put(name, column.toWire(0, length));
            });
            var data = new LinkedHashMap<String, Object>();
            data.put("offset", offset);
            data.put("version", version);
            data.put("types", types);
            data.put("columns", values);
            return data;
        } finally {
            lock.unlock();
        }
    }

    /** The column type of a value array as held in pending entries. */
    static ColumnType typeOf(Object array) {
        return switch (array) {
            case double[] a -> ColumnType.DOUBLE;
            case long[] a -> ColumnType.LONG;
            case String[] a -> ColumnType.STRING;
            default -> throw new IllegalStateException("not a column array: " + array.getClass());
        };
    }

    /** A value array in its wire form ({@code String[]} becomes an unmodifiable list). */
    static Object toWire(Object array) {
        return array instanceof String[] strings ? List.of(strings) : array;
    }
}
