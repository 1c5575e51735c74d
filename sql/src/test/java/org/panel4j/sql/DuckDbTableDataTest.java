package org.panel4j.sql;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.List;
import org.duckdb.DuckDBConnection;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterEach;
import org.panel4j.table.ColumnFilter;
import org.panel4j.table.RowQuery;
import org.panel4j.table.SortKey;
import org.panel4j.table.TableColumn;
import org.panel4j.table.TableData;
import org.panel4j.table.TableDataContract;

/** {@link SqlTableData} over an in-process DuckDB passes the {@link TableDataContract}. */
class DuckDbTableDataTest extends TableDataContract {

    private DuckDBConnection root;

    @Override
    protected TableData data(List<TableColumn> columns, List<List<@Nullable Object>> rows) throws Exception {
        root = (DuckDBConnection) DriverManager.getConnection("jdbc:duckdb:");
        TestTables.create(root, "t", columns, rows);
        return SqlTableData.of(root::duplicate, "t");
    }

    @Override
    protected SlowQuery slowQuery() throws Exception {
        try (Connection connection = root.duplicate(); Statement statement = connection.createStatement()) {
            statement.execute("CREATE VIEW slow AS SELECT i AS id, md5(CAST(i AS VARCHAR)) AS h FROM range(200000000) r(i)");
        }
        return new SlowQuery(SqlTableData.of(root::duplicate, "slow"), new RowQuery(
                List.of(SortKey.descending("h")), List.of(new ColumnFilter.Contains("h", "abc")), "", 0, 10));
    }

    @AfterEach
    void close() throws Exception {
        root.close();
    }
}
