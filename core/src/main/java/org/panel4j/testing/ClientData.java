package org.panel4j.testing;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.panel4j.session.Op;

/**
 * The browser's copy of one column data source as a {@link ClientMirror} holds it, kept by the same
 * rules the browser client follows: a snapshot or replace sets it; a stream or patch op older than the
 * version held is ignored; streamed rows already held (by ordinal) are overwritten, new ones appended,
 * then the last {@code rollover} rows kept; patches of rows no longer held are skipped. Not
 * thread-safe: the mirror guards it, and hands out copies.
 */
public final class ClientData {

    private final Map<String, List<Object>> columns = new LinkedHashMap<>();
    private long offset;
    private long version = Long.MIN_VALUE;

    ClientData() {}

    private ClientData(ClientData other) {
        other.columns.forEach((name, values) -> columns.put(name, List.copyOf(values)));
        offset = other.offset;
        version = other.version;
    }

    ClientData copy() {
        return new ClientData(this);
    }

    /** Applies a snapshot or replace: {@code {"offset", "version", "types", "columns"}}. */
    void replace(Map<?, ?> data) {
        long newVersion = ((Number) data.get("version")).longValue();
        if (newVersion < version) {
            return;
        }
        columns.clear();
        ((Map<?, ?>) data.get("columns")).forEach((name, values) -> columns.put((String) name, boxed(values)));
        offset = ((Number) data.get("offset")).longValue();
        version = newVersion;
    }

    void stream(Op.StreamRows op) {
        if (op.version() < version) {
            return;
        }
        long end = offset + length();
        if (op.start() > end) {
            columns.values().forEach(List::clear);
            offset = op.start();
            end = offset;
        }
        for (Map.Entry<String, Object> entry : op.columns().entrySet()) {
            List<Object> held = columns.get(entry.getKey());
            List<Object> rows = boxed(entry.getValue());
            for (int i = 0; i < rows.size(); i++) {
                long ordinal = op.start() + i;
                if (ordinal < offset) {
                    continue;
                }
                if (ordinal < end) {
                    held.set((int) (ordinal - offset), rows.get(i));
                } else {
                    held.add(rows.get(i));
                }
            }
        }
        int drop = length() - op.rollover();
        if (drop > 0) {
            columns.values().forEach(values -> values.subList(0, drop).clear());
            offset += drop;
        }
        version = op.version();
    }

    void patch(Op.PatchRows op) {
        if (op.version() < version) {
            return;
        }
        List<Object> held = columns.get(op.column());
        List<Object> values = boxed(op.values());
        for (int i = 0; i < op.indices().length; i++) {
            long position = op.offset() + op.indices()[i] - offset;
            if (position >= 0 && position < held.size()) {
                held.set((int) position, values.get(i));
            }
        }
        version = op.version();
    }

    /** The number of rows held. */
    public int length() {
        return columns.isEmpty() ? 0 : columns.values().iterator().next().size();
    }

    /** The column names. */
    public List<String> columnNames() {
        return List.copyOf(columns.keySet());
    }

    /** The values of {@code column} (Double, Long or String), or an empty list if there is none. */
    public List<Object> column(String column) {
        return List.copyOf(columns.getOrDefault(column, List.of()));
    }

    /** The values of a numeric {@code column} as doubles. */
    public double[] doubles(String column) {
        return columns.getOrDefault(column, List.of()).stream().mapToDouble(v -> ((Number) v).doubleValue()).toArray();
    }

    /** The ordinal of the first row held. */
    public long offset() {
        return offset;
    }

    /** The source version held. */
    public long version() {
        return version;
    }

    private static List<Object> boxed(Object values) {
        var out = new ArrayList<Object>();
        switch (values) {
            case double[] a -> {
                for (double v : a) {
                    out.add(v);
                }
            }
            case long[] a -> {
                for (long v : a) {
                    out.add(v);
                }
            }
            case List<?> list -> out.addAll(list);
            default -> throw new IllegalArgumentException("not a wire column: " + values.getClass());
        }
        return out;
    }
}
