package org.panel4j.table;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.panel4j.session.ClientInputException;
import org.panel4j.session.ClientText;

/**
 * A table value in its three forms: the Java value of its {@link ColumnKind}, the wire value (a date as
 * {@code "2026-11-27"}, a moment as epoch milliseconds), and the value a {@code ColumnDataSource} column
 * holds in a local table (numbers, moments and yes/no as numbers, NaN for null; dates as ISO text,
 * empty for null; text as it is, empty for null).
 */
final class Values {

    /** The largest whole number the page reads exactly (2^53). */
    static final long MAX_EXACT = 1L << 53;

    private static final DateTimeFormatter SHOWN = DateTimeFormatter.ofPattern("uuuu-MM-dd HH:mm:ss", Locale.ROOT);

    private Values() {}

    /** The wire form of a value of any kind. */
    static @Nullable Object toWire(@Nullable Object value) {
        return switch (value) {
            case LocalDate d -> d.toString();
            case Instant t -> t.toEpochMilli();
            case null, default -> value;
        };
    }

    /**
     * {@code value} as {@code column}'s kind takes it (Integer to Long, Float to Double), for data given
     * by server code. @throws IllegalArgumentException if it is of another type
     */
    static @Nullable Object coerce(TableColumn column, @Nullable Object value, String where) {
        if (value == null) {
            return null;
        }
        Object v = switch (column.kind()) {
            case INTEGER -> value instanceof Integer || value instanceof Short || value instanceof Byte
                    ? (Object) ((Number) value).longValue() : value;
            case DECIMAL -> value instanceof Float || value instanceof BigDecimal || value instanceof Integer
                    || value instanceof Long ? (Object) ((Number) value).doubleValue() : value;
            default -> value;
        };
        if (!column.kind().valueType().isInstance(v)) {
            throw new IllegalArgumentException(where + ": column '" + column.name() + "' holds "
                    + column.kind().valueType().getSimpleName() + " values, got " + value.getClass().getSimpleName());
        }
        return v;
    }

    /**
     * A value the page sent for a column of {@code kind}, as that kind's Java value.
     *
     * @throws ClientInputException ({@code invalid_value}) if it is not of the kind
     */
    static Object fromClient(ColumnKind kind, @Nullable Object wire, String what) {
        Object value = switch (kind) {
            case TEXT -> wire instanceof String s && s.length() <= RowQuery.MAX_TEXT_LENGTH ? s : null;
            case INTEGER -> wire instanceof Number n && isWhole(n) ? (Object) n.longValue() : null;
            case DECIMAL -> wire instanceof Number n && Double.isFinite(n.doubleValue()) ? (Object) n.doubleValue() : null;
            case BOOLEAN -> wire instanceof Boolean b ? b : null;
            case DATE -> wire instanceof String s ? parseDate(s) : null;
            case DATETIME -> wire instanceof Number n && isWhole(n) ? Instant.ofEpochMilli(n.longValue()) : null;
        };
        if (value == null) {
            throw new ClientInputException(ClientInputException.Code.INVALID_VALUE, what + " needs " + describe(kind)
                    + ", got " + ClientText.bounded(wire));
        }
        return value;
    }

    /**
     * A value the page sent as an edit of a column of {@code kind}: as {@link #fromClient}, and for
     * DATETIME also a local date-time ({@code yyyy-mm-ddThh:mm}, seconds and fractions optional) read
     * in {@code zone}; a time a daylight-saving gap skips is moved later by the gap, one an overlap
     * repeats is the earlier moment.
     *
     * @throws ClientInputException ({@code invalid_value}) if it is not of the kind
     */
    static Object fromClient(ColumnKind kind, @Nullable Object wire, String what, ZoneId zone) {
        if (kind != ColumnKind.DATETIME || !(wire instanceof String text)) {
            return fromClient(kind, wire, what);
        }
        LocalDateTime local = parseLocalDateTime(text);
        if (local == null) {
            throw new ClientInputException(ClientInputException.Code.INVALID_VALUE, what + " needs a moment in epoch "
                    + "milliseconds or a date and time as yyyy-mm-ddThh:mm[:ss] in " + zoneName(zone) + ", got "
                    + ClientText.bounded(wire));
        }
        return local.atZone(zone).toInstant();
    }

    private static @Nullable LocalDateTime parseLocalDateTime(String text) {
        if (text.length() < 16 || text.length() > 29) {
            return null;
        }
        try {
            return LocalDateTime.parse(text);
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    /** {@code moment} as the page shows it in {@code zone}: {@code yyyy-MM-dd HH:mm:ss}, for messages. */
    static String shown(Instant moment, ZoneId zone) {
        return SHOWN.format(moment.atZone(zone));
    }

    /** The zone's name for messages: {@code UTC} for UTC however it was given. */
    static String zoneName(ZoneId zone) {
        return zone.normalized().equals(ZoneOffset.UTC) ? "UTC" : zone.getId();
    }

    private static boolean isWhole(Number n) {
        double d = n.doubleValue();
        return d == Math.rint(d) && Math.abs(d) <= MAX_EXACT;
    }

    private static @Nullable LocalDate parseDate(String text) {
        if (text.length() != 10) {
            return null;
        }
        try {
            return LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    /** What a value of {@code kind} looks like on the wire, for messages. */
    static String describe(ColumnKind kind) {
        return switch (kind) {
            case TEXT -> "text of at most " + RowQuery.MAX_TEXT_LENGTH + " characters";
            case INTEGER -> "a whole number";
            case DECIMAL -> "a finite number";
            case BOOLEAN -> "true or false";
            case DATE -> "a date as yyyy-mm-dd";
            case DATETIME -> "a moment in epoch milliseconds";
        };
    }

    /** The value a local table's source holds for {@code value} of {@code kind}. */
    static Object toSource(ColumnKind kind, @Nullable Object value, boolean longColumn) {
        return switch (kind) {
            case TEXT -> value == null ? "" : value;
            case DATE -> value == null ? "" : value.toString();
            case BOOLEAN -> value == null ? (Object) Double.NaN : (Object) (((Boolean) value) ? 1.0 : 0.0);
            case INTEGER -> longColumn ? (Object) (Long) value : value == null ? (Object) Double.NaN : (Object) ((Long) value).doubleValue();
            case DECIMAL -> value == null ? (Object) Double.NaN : value;
            case DATETIME -> longColumn ? (Object) ((Instant) value).toEpochMilli()
                    : value == null ? (Object) Double.NaN : (Object) (double) ((Instant) value).toEpochMilli();
        };
    }

    /** The value of {@code kind} a local table's source cell ({@code Double}, {@code Long} or {@code String}) stands for. */
    static @Nullable Object fromSource(ColumnKind kind, Object cell) {
        if (cell instanceof Double d && d.isNaN()) {
            return null;
        }
        return switch (kind) {
            case TEXT -> cell.toString();
            case DATE -> cell instanceof String s && !s.isEmpty() ? LocalDate.parse(s) : null;
            case BOOLEAN -> ((Number) cell).doubleValue() != 0;
            case INTEGER -> ((Number) cell).longValue();
            case DECIMAL -> ((Number) cell).doubleValue();
            case DATETIME -> Instant.ofEpochMilli(((Number) cell).longValue());
        };
    }
}
