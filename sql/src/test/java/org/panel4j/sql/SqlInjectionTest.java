package org.panel4j.sql;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import org.duckdb.DuckDBConnection;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.panel4j.table.ColumnFilter;
import org.panel4j.table.RowPage;
import org.panel4j.table.RowQuery;
import org.panel4j.table.SortKey;

/**
 * Hostile strings in a query are data or refused, never SQL (docs/table-data.md): every SQL text sent
 * to the database is recorded and must hold none of them, and the table stays whole.
 */
class SqlInjectionTest {

    private static final List<String> HOSTILE = List.of(
            "x'; DROP TABLE t; --",
            "\"a\" OR 1=1",
            "' OR '1'='1",
            "%' OR 1=1 --",
            "name\" FROM t; DROP TABLE t; --",
            "1); DELETE FROM t; --");

    private DuckDBConnection root;
    private final List<String> sent = new CopyOnWriteArrayList<>();
    private SqlTableData data;

    @BeforeEach
    void table() throws Exception {
        root = (DuckDBConnection) DriverManager.getConnection("jdbc:duckdb:");
        try (Statement statement = root.createStatement()) {
            statement.execute("CREATE TABLE t (id BIGINT PRIMARY KEY, name VARCHAR, \"we\"\"ird col\" VARCHAR)");
            statement.execute("INSERT INTO t VALUES (1, 'a', 'q'), (2, 'b', 'p'), (3, 'x''; DROP TABLE t; --', 'o')");
        }
        data = SqlTableData.of(this::recording, "t");
    }

    @AfterEach
    void close() throws Exception {
        root.close();
    }

    @Test
    void hostileFilterTextsAreData() throws Exception {
        for (String text : HOSTILE) {
            RowPage contains = data.query(query(List.of(), List.of(new ColumnFilter.Contains("name", text)), ""));
            RowPage oneOf = data.query(query(List.of(), List.of(new ColumnFilter.OneOf("name", Set.of(text))), ""));
            RowPage search = data.query(query(List.of(), List.of(), text));
            long expected = text.equals("x'; DROP TABLE t; --") ? 1 : 0;
            assertThat(contains.matching()).as(text).isEqualTo(expected);
            assertThat(oneOf.matching()).as(text).isEqualTo(expected);
            assertThat(search.matching()).as(text).isEqualTo(expected);
        }
        assertThat(data.query(query(List.of(), List.of(new ColumnFilter.Contains("name", "DROP")), "")).keys())
                .containsExactly(3L);
        assertTableIntact();
        assertThat(sent).isNotEmpty().allSatisfy(sql -> assertThat(sql).doesNotContain("DROP", "1=1", "DELETE", "'1'"));
    }

    @Test
    void hostileColumnNamesAreRefused() throws Exception {
        for (String name : HOSTILE) {
            assertThatThrownBy(() -> data.query(query(List.of(SortKey.ascending(name)), List.of(), "")))
                    .as(name).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("no column");
            assertThatThrownBy(() -> data.query(query(List.of(), List.of(new ColumnFilter.Contains(name, "a")), "")))
                    .as(name).isInstanceOf(IllegalArgumentException.class);
            assertThatThrownBy(() -> data.query(query(List.of(), List.of(new ColumnFilter.OneOf(name, Set.of("a"))), "")))
                    .as(name).isInstanceOf(IllegalArgumentException.class);
        }
        assertTableIntact();
        assertThat(sent).allSatisfy(sql -> assertThat(sql).doesNotContain("DROP", "1=1", "DELETE"));
    }

    @Test
    void aColumnNameWithAQuoteIsQuotedFromTheMetadata() throws Exception {
        assertThat(data.columns()).extracting(c -> c.name()).containsExactly("id", "name", "we\"ird col");
        RowPage page = data.query(query(List.of(SortKey.ascending("we\"ird col")), List.of(), ""));
        assertThat(page.keys()).containsExactly(3L, 2L, 1L);
        assertThat(sent).anySatisfy(sql -> assertThat(sql).contains("\"we\"\"ird col\""));
    }

    private void assertTableIntact() throws Exception {
        try (Statement statement = root.createStatement(); ResultSet rs = statement.executeQuery("SELECT COUNT(*) FROM t")) {
            rs.next();
            assertThat(rs.getLong(1)).isEqualTo(3);
        }
    }

    private static RowQuery query(List<SortKey> sort, List<ColumnFilter> filters, String search) {
        return new RowQuery(sort, filters, search, 0, 100);
    }

    /** A connection that records each SQL text it prepares. */
    private Connection recording() throws java.sql.SQLException {
        Connection real = root.duplicate();
        return (Connection) Proxy.newProxyInstance(getClass().getClassLoader(), new Class<?>[] {Connection.class},
                (proxy, method, args) -> {
                    if (method.getName().equals("prepareStatement") || method.getName().equals("createStatement")
                            && args != null) {
                        sent.add(String.valueOf(args[0]));
                    }
                    try {
                        return method.invoke(real, args);
                    } catch (InvocationTargetException e) {
                        throw e.getCause();
                    }
                });
    }
}
