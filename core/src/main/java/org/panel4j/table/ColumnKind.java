package org.panel4j.table;

import java.time.Instant;
import java.time.LocalDate;

/**
 * The type of a table column's values; it picks the column's formatter, editor and header filter.
 * Each kind has one Java type for its values in a {@link RowPage} and in {@link ColumnFilter}s, and
 * any value may be {@code null}.
 */
public enum ColumnKind {
    /** Text, as {@link String}. */
    TEXT(String.class),
    /** Whole numbers, as {@link Long}. */
    INTEGER(Long.class),
    /** Decimal numbers, as {@link Double}. */
    DECIMAL(Double.class),
    /** Yes or no, as {@link Boolean}. */
    BOOLEAN(Boolean.class),
    /** A calendar date, as {@link LocalDate}. */
    DATE(LocalDate.class),
    /** A moment, as {@link Instant}. */
    DATETIME(Instant.class);

    private final Class<?> valueType;

    ColumnKind(Class<?> valueType) {
        this.valueType = valueType;
    }

    /** The Java type of this kind's values. */
    public Class<?> valueType() {
        return valueType;
    }

    /** Whether values of this kind have an order a range filter can use (all but TEXT and BOOLEAN). */
    public boolean isOrdered() {
        return this != TEXT && this != BOOLEAN;
    }
}
