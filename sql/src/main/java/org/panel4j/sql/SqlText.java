package org.panel4j.sql;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/**
 * An SQL statement being written: text made only of keywords and identifiers quoted from the table's
 * metadata, and every value from a query as a {@code ?} parameter bound later. Nothing here appends a
 * query's string to the text.
 */
final class SqlText {

    /** Binds one parameter. */
    @FunctionalInterface
    interface Parameter {
        void bind(PreparedStatement statement, int index) throws SQLException;
    }

    private final StringBuilder text = new StringBuilder();
    private final List<Parameter> parameters = new ArrayList<>();

    /** Appends SQL text written in this module (keywords, operators, quoted identifiers). */
    SqlText sql(String fixed) {
        text.append(fixed);
        return this;
    }

    /** Appends a {@code ?} bound to {@code value} through {@code column}. */
    SqlText value(SqlColumn column, Object value) {
        text.append('?');
        parameters.add((statement, index) -> column.bind(statement, index, value));
        return this;
    }

    /** Appends a {@code ?} bound to a string. */
    SqlText string(String value) {
        text.append('?');
        parameters.add((statement, index) -> statement.setString(index, value));
        return this;
    }

    /** Appends a {@code ?} bound to a whole number. */
    SqlText number(long value) {
        text.append('?');
        parameters.add((statement, index) -> statement.setLong(index, value));
        return this;
    }

    String text() {
        return text.toString();
    }

    /** Binds every parameter, in order. */
    void bind(PreparedStatement statement) throws SQLException {
        for (int i = 0; i < parameters.size(); i++) {
            parameters.get(i).bind(statement, i + 1);
        }
    }
}
