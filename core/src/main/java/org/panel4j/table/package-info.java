/**
 * Tables: the {@link org.panel4j.table.TableData} contract a table reads rows through, and the
 * queries ({@link org.panel4j.table.RowQuery}: sort, filters, search, one page) it asks of them.
 *
 * <p>A {@code TableData} is shared: one instance may serve every session of a server, each session
 * keeping only its own view state (sort, filters, page, selection). Implementations answer a query
 * from their own column list only; a column named in a query that the data does not have is refused
 * with {@link java.lang.IllegalArgumentException}, and values are compared, never spliced into code
 * (no SQL or expression is ever built from a query's strings).
 */
@NullMarked
package org.panel4j.table;

import org.jspecify.annotations.NullMarked;
