package org.panel4j.plot;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Turns what users pass for a column ({@code double[]}, {@code long[]}, {@code int[]},
 * {@code float[]}, {@code String[]} or a {@code List} of numbers, instants or strings) into a fresh
 * array of a {@link ColumnType}, with messages that name the source, the operation and the column.
 */
final class Columns {

    private Columns() {}

    /** The number of values in {@code values}, or an error naming what is not a column. */
    static int length(String where, String column, Object values) {
        return switch (values) {
            case double[] a -> a.length;
            case long[] a -> a.length;
            case int[] a -> a.length;
            case float[] a -> a.length;
            case String[] a -> a.length;
            case List<?> list -> list.size();
            default -> throw notAColumn(where, column, values);
        };
    }

    /** Checks that every column of {@code columns} has one length, and returns it. */
    static int commonLength(String where, Map<String, ?> columns) {
        String first = null;
        int length = -1;
        for (Map.Entry<String, ?> entry : columns.entrySet()) {
            String name = Objects.requireNonNull(entry.getKey(), "column name");
            int n = length(where, name, Objects.requireNonNull(entry.getValue(), () -> where + ": column '" + name + "' is null"));
            if (first == null) {
                first = name;
                length = n;
            } else if (n != length) {
                throw new IllegalArgumentException(where + ": columns must all have the same length, but '"
                        + first + "' has " + length + " and '" + name + "' has " + n);
            }
        }
        return Math.max(length, 0);
    }

    /** The type a new column of {@code values} gets. */
    static ColumnType infer(String where, String column, Object values) {
        return switch (values) {
            case double[] a -> ColumnType.DOUBLE;
            case float[] a -> ColumnType.DOUBLE;
            case long[] a -> ColumnType.LONG;
            case int[] a -> ColumnType.LONG;
            case String[] a -> ColumnType.STRING;
            case List<?> list -> inferList(where, column, list);
            default -> throw notAColumn(where, column, values);
        };
    }

    private static ColumnType inferList(String where, String column, List<?> list) {
        boolean text = false;
        boolean whole = false;
        boolean real = false;
        for (Object item : list) {
            switch (item) {
                case null -> throw new IllegalArgumentException(where + ": column '" + column + "' must not contain null");
                case String s -> text = true;
                case Integer i -> whole = true;
                case Long l -> whole = true;
                case Short s -> whole = true;
                case Byte b -> whole = true;
                case Instant i -> whole = true;
                case Number n -> real = true;
                default -> throw new IllegalArgumentException(where + ": column '" + column
                        + "' must hold numbers, instants or strings, not " + item.getClass().getSimpleName());
            }
        }
        if (text && (whole || real)) {
            throw new IllegalArgumentException(where + ": column '" + column + "' mixes strings and numbers");
        }
        return text ? ColumnType.STRING : real || !whole ? ColumnType.DOUBLE : ColumnType.LONG;
    }

    /** A fresh array of {@code type}'s elements holding {@code values}. */
    static Object toArray(String where, String column, ColumnType type, Object values) {
        return switch (type) {
            case DOUBLE -> toDoubles(where, column, values);
            case LONG -> toLongs(where, column, values);
            case STRING -> toStrings(where, column, values);
        };
    }

    private static double[] toDoubles(String where, String column, Object values) {
        switch (values) {
            case double[] a -> {
                return a.clone();
            }
            case float[] a -> {
                var out = new double[a.length];
                for (int i = 0; i < a.length; i++) {
                    out[i] = a[i];
                }
                return out;
            }
            case long[] a -> {
                var out = new double[a.length];
                for (int i = 0; i < a.length; i++) {
                    out[i] = a[i];
                }
                return out;
            }
            case int[] a -> {
                var out = new double[a.length];
                for (int i = 0; i < a.length; i++) {
                    out[i] = a[i];
                }
                return out;
            }
            case List<?> list -> {
                var out = new double[list.size()];
                int i = 0;
                for (Object item : list) {
                    if (!(item instanceof Number n)) {
                        throw wrongType(where, column, ColumnType.DOUBLE, item);
                    }
                    out[i++] = n.doubleValue();
                }
                return out;
            }
            default -> throw wrongType(where, column, ColumnType.DOUBLE, values);
        }
    }

    private static long[] toLongs(String where, String column, Object values) {
        switch (values) {
            case long[] a -> {
                return a.clone();
            }
            case int[] a -> {
                var out = new long[a.length];
                for (int i = 0; i < a.length; i++) {
                    out[i] = a[i];
                }
                return out;
            }
            case List<?> list -> {
                var out = new long[list.size()];
                int i = 0;
                for (Object item : list) {
                    out[i++] = switch (item) {
                        case Long l -> l;
                        case Integer n -> n;
                        case Short n -> n;
                        case Byte n -> n;
                        case Instant t -> t.toEpochMilli();
                        case null, default -> throw wrongType(where, column, ColumnType.LONG, item);
                    };
                }
                return out;
            }
            default -> throw wrongType(where, column, ColumnType.LONG, values);
        }
    }

    private static String[] toStrings(String where, String column, Object values) {
        List<?> list = switch (values) {
            case String[] a -> Arrays.asList(a);
            case List<?> l -> l;
            default -> throw wrongType(where, column, ColumnType.STRING, values);
        };
        var out = new String[list.size()];
        int i = 0;
        for (Object item : list) {
            if (!(item instanceof String s)) {
                throw wrongType(where, column, ColumnType.STRING, item);
            }
            out[i++] = s;
        }
        return out;
    }

    private static IllegalArgumentException wrongType(String where, String column, ColumnType type, Object value) {
        String what = value == null ? "null" : value.getClass().getSimpleName();
        return new IllegalArgumentException(where + ": column '" + column + "' holds " + type.wireName()
                + " values and cannot take " + what);
    }

    private static IllegalArgumentException notAColumn(String where, String column, Object values) {
        return new IllegalArgumentException(where + ": column '" + column + "' must be a double[], long[], int[], "
                + "float[], String[] or List, not " + values.getClass().getSimpleName());
    }
}
