package org.panel4j.table;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A {@link TableData}'s answer to a {@link RowQuery}: one page of rows, each with its key, and how many
 * rows match the query in all.
 *
 * @param offset the index among the matching rows of this page's first row
 * @param matching how many rows pass the query's filters and search
 * @param keys each row's key (its {@link TableData#keyColumn()} value, or its position in the data), in page order
 * @param rows each row's values in the order of {@link TableData#columns()}, in page order
 */
public record RowPage(long offset, long matching, List<Object> keys, List<List<@Nullable Object>> rows) {

    /** Copies the lists and checks they have one key per row. */
    public RowPage {
        keys = List.copyOf(keys);
        rows = List.copyOf(rows);
        if (keys.size() != rows.size()) {
            throw new IllegalArgumentException("one key per row: " + keys.size() + " keys, " + rows.size() + " rows");
        }
    }
}
