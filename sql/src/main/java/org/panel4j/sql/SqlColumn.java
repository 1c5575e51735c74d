package org.panel4j.sql;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.jspecify.annotations.Nullable;
import org.panel4j.table.ColumnKind;
import org.panel4j.table.TableColumn;

/**
 * A table column as the database's metadata describes it: its name exactly as stored (quoted into SQL,
 * never taken from a query), its kind, and how its values are read and bound.
 *
 * @param column the column as a table shows it
 * @param quoted the name quoted as an SQL identifier
 * @param zoned whether a DATETIME column carries a zone (TIMESTAMP WITH TIME ZONE); one without is read as UTC
 */
record SqlColumn(TableColumn column, String quoted, boolean zoned) {

    /** The kind of a column of JDBC type {@code sqlType}, or null for a type a table does not show. */
    static @Nullable ColumnKind kindOf(int sqlType, int scale) {
        return switch (sqlType) {
            case Types.CHAR, Types.VARCHAR, Types.LONGVARCHAR, Types.NCHAR, Types.NVARCHAR, Types.LONGNVARCHAR,
                    Types.CLOB, Types.NCLOB -> ColumnKind.TEXT;
            case Types.TINYINT, Types.SMALLINT, Types.INTEGER, Types.BIGINT -> ColumnKind.INTEGER;
            case Types.REAL, Types.FLOAT, Types.DOUBLE -> ColumnKind.DECIMAL;
            case Types.DECIMAL, Types.NUMERIC -> scale == 0 ? ColumnKind.INTEGER : ColumnKind.DECIMAL;
            case Types.BOOLEAN, Types.BIT -> ColumnKind.BOOLEAN;
            case Types.DATE -> ColumnKind.DATE;
            case Types.TIMESTAMP, Types.TIMESTAMP_WITH_TIMEZONE -> ColumnKind.DATETIME;
            default -> null;
        };
    }

    ColumnKind kind() {
        return column.kind();
    }

    /** Reads this column's value, position {@code index} of {@code rs}. */
    @Nullable Object read(ResultSet rs, int index) throws SQLException {
        Object value = switch (kind()) {
            case TEXT -> rs.getString(index);
            case INTEGER -> rs.getLong(index);
            case DECIMAL -> rs.getDouble(index);
            case BOOLEAN -> rs.getBoolean(index);
            case DATE -> rs.getObject(index, LocalDate.class);
            case DATETIME -> zoned
                    ? toInstant(rs.getObject(index, OffsetDateTime.class))
                    : toInstant(rs.getObject(index, LocalDateTime.class));
        };
        return rs.wasNull() ? null : value;
    }

    /** Binds {@code value}, of this column's kind, as parameter {@code index}. */
    void bind(PreparedStatement statement, int index, Object value) throws SQLException {
        switch (value) {
            case String s -> statement.setString(index, s);
            case Long l -> statement.setLong(index, l);
            case Double d -> statement.setDouble(index, d);
            case Boolean b -> statement.setBoolean(index, b);
            case LocalDate date -> statement.setObject(index, date);
            case Instant instant -> statement.setObject(index, zoned
                    ? OffsetDateTime.ofInstant(instant, ZoneOffset.UTC)
                    : LocalDateTime.ofInstant(instant, ZoneOffset.UTC));
            default -> throw new IllegalArgumentException("not a column value: " + value.getClass().getSimpleName());
        }
    }

    private static @Nullable Instant toInstant(@Nullable Object value) {
        return switch (value) {
            case null -> null;
            case OffsetDateTime time -> time.toInstant();
            case LocalDateTime time -> time.toInstant(ZoneOffset.UTC);
            default -> throw new IllegalStateException("not a moment: " + value.getClass().getSimpleName());
        };
    }
}
