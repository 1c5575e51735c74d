package org.panel4j.sql;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.panel4j.table.TableColumn;

/** Creates and fills test tables, the first column the primary key. */
final class TestTables {

    private TestTables() {}

    static void create(Connection connection, String table, List<TableColumn> columns, List<List<@Nullable Object>> rows)
            throws SQLException {
        List<String> definitions = new ArrayList<>();
        for (int c = 0; c < columns.size(); c++) {
            TableColumn column = columns.get(c);
            String type = switch (column.kind()) {
                case TEXT -> "VARCHAR";
                case INTEGER -> "BIGINT";
                case DECIMAL -> "DOUBLE";
                case BOOLEAN -> "BOOLEAN";
                case DATE -> "DATE";
                case DATETIME -> "TIMESTAMP";
            };
            definitions.add("\"" + column.name() + "\" " + type + (c == 0 ? " PRIMARY KEY" : ""));
        }
        try (Statement statement = connection.createStatement()) {
            statement.execute("CREATE TABLE " + table + " (" + String.join(", ", definitions) + ")");
        }
        String marks = String.join(", ", columns.stream().map(c -> "?").toList());
        try (PreparedStatement insert = connection.prepareStatement("INSERT INTO " + table + " VALUES (" + marks + ")")) {
            for (List<@Nullable Object> row : rows) {
                for (int c = 0; c < row.size(); c++) {
                    Object value = row.get(c);
                    insert.setObject(c + 1, value instanceof Instant instant ? LocalDateTime.ofInstant(instant, ZoneOffset.UTC) : value);
                }
                insert.addBatch();
            }
            insert.executeBatch();
        }
    }
}
