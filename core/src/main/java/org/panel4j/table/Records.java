package org.panel4j.table;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Reads a list of records as table rows: one column per record component, in declaration order, with
 * its kind from the component's type (int, long, short, byte → INTEGER; double, float, BigDecimal →
 * DECIMAL; boolean → BOOLEAN; LocalDate → DATE; Instant, LocalDateTime (in the given zone) → DATETIME;
 * anything else → TEXT by {@code toString}).
 */
final class Records {

    private Records() {}

    static List<TableColumn> columns(Class<?> type) {
        if (!type.isRecord()) {
            throw new IllegalArgumentException("Table.of needs records, got " + type.getName());
        }
        return Arrays.stream(type.getRecordComponents())
                .map(c -> new TableColumn(c.getName(), kindOf(c.getType()))).toList();
    }

    static ColumnKind kindOf(Class<?> type) {
        if (type == int.class || type == long.class || type == short.class || type == byte.class
                || type == Integer.class || type == Long.class || type == Short.class || type == Byte.class) {
            return ColumnKind.INTEGER;
        }
        if (type == double.class || type == float.class || type == Double.class || type == Float.class
                || type == BigDecimal.class) {
            return ColumnKind.DECIMAL;
        }
        if (type == boolean.class || type == Boolean.class) {
            return ColumnKind.BOOLEAN;
        }
        if (type == LocalDate.class) {
            return ColumnKind.DATE;
        }
        if (type == Instant.class || type == LocalDateTime.class) {
            return ColumnKind.DATETIME;
        }
        return ColumnKind.TEXT;
    }

    /** Each record's values, of its columns' kinds. */
    static List<List<@Nullable Object>> rows(List<? extends Record> records, Class<?> type, ZoneId zone) {
        RecordComponent[] components = type.getRecordComponents();
        var rows = new ArrayList<List<@Nullable Object>>(records.size());
        for (Record record : records) {
            if (record.getClass() != type) {
                throw new IllegalArgumentException("Table.of needs records of one type: " + type.getName()
                        + " and " + record.getClass().getName());
            }
            var row = new ArrayList<@Nullable Object>(components.length);
            for (RecordComponent component : components) {
                row.add(value(read(component, record), kindOf(component.getType()), zone));
            }
            rows.add(row);
        }
        return rows;
    }

    private static @Nullable Object read(RecordComponent component, Record record) {
        try {
            return component.getAccessor().invoke(record);
        } catch (IllegalAccessException e) {
            throw new IllegalArgumentException("Table.of cannot read " + component + ": make the record public", e);
        } catch (InvocationTargetException e) {
            throw new IllegalArgumentException("Table.of: " + component + " threw " + e.getCause(), e.getCause());
        }
    }

    private static @Nullable Object value(@Nullable Object value, ColumnKind kind, ZoneId zone) {
        if (value == null) {
            return null;
        }
        return switch (kind) {
            case INTEGER -> ((Number) value).longValue();
            case DECIMAL -> ((Number) value).doubleValue();
            case DATETIME -> value instanceof LocalDateTime t ? t.atZone(zone).toInstant() : value;
            case TEXT -> value.toString();
            default -> value;
        };
    }
}
