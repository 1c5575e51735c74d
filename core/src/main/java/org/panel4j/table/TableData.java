package org.panel4j.table;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Rows a table shows in remote mode: the data stays here and a table asks for one page at a time,
 * sorted and filtered by the data (in memory, or pushed down to a database as parameterized SQL).
 *
 * <p>Implementations are thread-safe and shared: one instance may serve every session of a server at
 * once. {@link #query} may block (a database) and must answer an interrupt promptly by throwing
 * {@link InterruptedException}, since a table cancels a query a newer one has superseded.
 */
public interface TableData {

    /** The columns, in display order; the same list on every call. */
    List<TableColumn> columns();

    /**
     * Answers {@code query}.
     *
     * @throws IllegalArgumentException if the query names a column this data does not have, or a
     *     filter value is not of its column's kind
     * @throws InterruptedException if the calling thread is interrupted while the query runs
     */
    RowPage query(RowQuery query) throws InterruptedException;

    /**
     * The name of the column whose values identify rows (selection and edits name rows by it), e.g. a
     * primary key; {@code null} when rows are identified by their position in the data's own order.
     */
    default @Nullable String keyColumn() {
        return null;
    }
}
