package org.panel4j.sql;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterEach;
import org.panel4j.table.ColumnFilter;
import org.panel4j.table.RowQuery;
import org.panel4j.table.SortKey;
import org.panel4j.table.TableColumn;
import org.panel4j.table.TableData;
import org.panel4j.table.TableDataContract;

/** {@link SqlTableData} over an in-memory H2 passes the {@link TableDataContract}. */
class H2TableDataTest extends TableDataContract {

    private Connection keepAlive;
    private String url;

    @Override
    protected TableData data(List<TableColumn> columns, List<List<@Nullable Object>> rows) throws Exception {
        url = "jdbc:h2:mem:" + UUID.randomUUID();
        keepAlive = DriverManager.getConnection(url);
        TestTables.create(keepAlive, "t", columns, rows);
        return SqlTableData.of(() -> DriverManager.getConnection(url), "t");
    }

    @Override
    protected SlowQuery slowQuery() throws Exception {
        try (Statement statement = keepAlive.createStatement()) {
            statement.execute("CREATE VIEW slow AS SELECT X AS id, RAWTOHEX(HASH('SHA-256', CAST(X AS VARCHAR))) AS h"
                    + " FROM SYSTEM_RANGE(1, 100000000)");
        }
        return new SlowQuery(SqlTableData.of(() -> DriverManager.getConnection(url), "slow"), new RowQuery(
                List.of(SortKey.descending("H")), List.of(new ColumnFilter.Contains("H", "abc")), "", 0, 10));
    }

    @AfterEach
    void close() throws Exception {
        keepAlive.close();
    }
}
