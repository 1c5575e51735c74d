/**
 * {@link org.panel4j.sql.SqlTableData}: a {@link org.panel4j.table.TableData} over a JDBC table or
 * view, pushing sort, filters, search and paging down to the database as parameterized SQL (see
 * docs/table-data.md).
 */
@NullMarked
package org.panel4j.sql;

import org.jspecify.annotations.NullMarked;
