package org.panel4j.sql;

import java.sql.Connection;
import java.sql.SQLException;

/**
 * Opens a connection for one query; {@link SqlTableData} closes it when the query is answered. A
 * {@link javax.sql.DataSource}'s {@code getConnection} (a pool) is one.
 */
@FunctionalInterface
public interface ConnectionSource {

    /** A connection to the database holding the table. */
    Connection open() throws SQLException;
}
