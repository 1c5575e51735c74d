package org.panel4j.table;

import java.util.List;
import java.util.Objects;

/**
 * What a table asks of its {@link TableData}: the rows passing every filter and containing the search
 * text, in the order of the sort keys (then in the data's own order), from {@code offset}, at most
 * {@code limit} of them.
 *
 * @param sort the sort levels, most significant first, at most {@link #MAX_SORT_KEYS}
 * @param filters the column conditions, all of which a row must pass, at most {@link #MAX_FILTERS}
 * @param search text that at least one TEXT column of a row must contain, ignoring case; empty for none
 * @param offset the index of the first row wanted among the matching rows, 0 or more
 * @param limit how many rows at most, 0 to {@link #MAX_LIMIT}
 */
public record RowQuery(List<SortKey> sort, List<ColumnFilter> filters, String search, long offset, int limit) {

    /** The most sort levels a query may have. */
    public static final int MAX_SORT_KEYS = 8;
    /** The most filters a query may have. */
    public static final int MAX_FILTERS = 64;
    /** The most values a {@link ColumnFilter.OneOf} may have. */
    public static final int MAX_CHOICES = 1_000;
    /** The longest search or filter text. */
    public static final int MAX_TEXT_LENGTH = 1_000;
    /** The most rows a query may ask for. */
    public static final int MAX_LIMIT = 10_000;

    /** Copies the lists and checks the bounds. */
    public RowQuery {
        sort = List.copyOf(sort);
        filters = List.copyOf(filters);
        checkText(search);
        if (sort.size() > MAX_SORT_KEYS) {
            throw new IllegalArgumentException("at most " + MAX_SORT_KEYS + " sort levels, got " + sort.size());
        }
        if (filters.size() > MAX_FILTERS) {
            throw new IllegalArgumentException("at most " + MAX_FILTERS + " filters, got " + filters.size());
        }
        if (offset < 0) {
            throw new IllegalArgumentException("offset must be 0 or more, got " + offset);
        }
        if (limit < 0 || limit > MAX_LIMIT) {
            throw new IllegalArgumentException("limit must be 0 to " + MAX_LIMIT + ", got " + limit);
        }
    }

    /** The first {@code limit} rows in the data's own order, unfiltered. */
    public static RowQuery firstRows(int limit) {
        return new RowQuery(List.of(), List.of(), "", 0, limit);
    }

    static void checkText(String text) {
        Objects.requireNonNull(text, "text");
        if (text.length() > MAX_TEXT_LENGTH) {
            throw new IllegalArgumentException(
                    "a search or filter text has at most " + MAX_TEXT_LENGTH + " characters, got " + text.length());
        }
    }
}
