package org.panel4j.table;

import java.util.Objects;

/**
 * One level of a sort: a column and its direction. Nulls sort first ascending and last descending.
 *
 * @param column the column's name
 * @param descending whether larger values come first
 */
public record SortKey(String column, boolean descending) {

    /** Checks the column name is present. */
    public SortKey {
        Objects.requireNonNull(column, "column");
    }

    /** Ascending by {@code column}. */
    public static SortKey ascending(String column) {
        return new SortKey(column, false);
    }

    /** Descending by {@code column}. */
    public static SortKey descending(String column) {
        return new SortKey(column, true);
    }
}
