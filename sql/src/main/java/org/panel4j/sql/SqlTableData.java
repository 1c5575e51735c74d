package org.panel4j.sql;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.locks.LockSupport;
import java.util.function.Consumer;
import javax.sql.DataSource;
import org.jspecify.annotations.Nullable;
import org.panel4j.table.ColumnFilter;
import org.panel4j.table.ColumnKind;
import org.panel4j.table.RowPage;
import org.panel4j.table.RowQuery;
import org.panel4j.table.SortKey;
import org.panel4j.table.TableColumn;
import org.panel4j.table.TableData;
import org.panel4j.table.TableSchema;

/**
 * A database table or view as {@link TableData}: each query becomes parameterized SQL that the
 * database sorts, filters, searches and pages, on the calling thread, over a connection opened for it.
 *
 * <p>The columns and their kinds come from the JDBC metadata when this is made; columns of other types
 * (binary, arrays, …) are left out. Identifiers in the SQL come only from that metadata, quoted; every
 * value from a query is a {@code ?} parameter (docs/table-data.md). Ties in the sort, and an unsorted
 * query, are ordered by the key column (the table's one-column primary key unless {@link
 * Builder#keyColumn} names another), or by every column when there is none. Nulls come first ascending
 * and last descending ({@code NULLS FIRST/LAST}). A TIMESTAMP without a zone is read as UTC. The count of
 * matching rows is cached per filter set ({@link Builder#countCacheSize}, {@link Builder#countTtl}).
 *
 * <p>An interrupt of the calling thread cancels the running statement ({@code Statement.cancel()})
 * and the query throws {@link InterruptedException}.
 */
public final class SqlTableData implements TableData {

    private static final Duration CANCEL_POLL = Duration.ofMillis(5);

    private final ConnectionSource connections;
    private final String from;
    private final List<SqlColumn> sqlColumns;
    private final TableSchema schema;
    private final @Nullable String keyColumn;
    private final String tieBreak;
    private final Cache<Object, Long> counts;

    private SqlTableData(ConnectionSource connections, String table, Builder options) {
        this.connections = connections;
        try (Connection connection = connections.open()) {
            DatabaseMetaData meta = connection.getMetaData();
            String quote = meta.getIdentifierQuoteString().trim();
            if (quote.isEmpty()) {
                quote = "\"";
            }
            TableName name = TableName.find(meta, options.schema, table);
            this.from = (name.schema() == null ? "" : quoted(quote, name.schema()) + ".") + quoted(quote, name.table());
            this.sqlColumns = readColumns(meta, name, quote);
            this.keyColumn = options.keyColumn != null ? options.keyColumn : primaryKey(meta, name);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read the columns of " + table + ": " + e.getMessage(), e);
        }
        if (sqlColumns.isEmpty()) {
            throw new IllegalArgumentException("table " + table + " has no column of a kind a table shows");
        }
        this.schema = new TableSchema(sqlColumns.stream().map(SqlColumn::column).toList());
        if (keyColumn != null) {
            schema.indexOf(keyColumn);
        }
        this.tieBreak = keyColumn != null
                ? sqlColumn(keyColumn).quoted() + " ASC"
                : String.join(", ", sqlColumns.stream().map(c -> c.quoted() + " ASC NULLS FIRST").toList());
        this.counts = Caffeine.newBuilder()
                .maximumSize(options.countCacheSize)
                .expireAfterWrite(options.countTtl)
                .build();
    }

    /**
     * The table (or view) {@code table} of the database {@code connections} opens.
     *
     * @throws IllegalArgumentException if there is no such table, or it has no column a table shows
     * @throws IllegalStateException if the database cannot be read
     */
    public static SqlTableData of(ConnectionSource connections, String table) {
        return of(connections, table, options -> {});
    }

    /** The table {@code table} with {@code configure}'s options. */
    public static SqlTableData of(ConnectionSource connections, String table, Consumer<Builder> configure) {
        Objects.requireNonNull(connections, "connections");
        Objects.requireNonNull(table, "table");
        Builder options = new Builder();
        configure.accept(options);
        return new SqlTableData(connections, table, options);
    }

    /** The table {@code table} of {@code dataSource}'s database. */
    public static SqlTableData of(DataSource dataSource, String table) {
        return of(dataSource::getConnection, table);
    }

    @Override
    public List<TableColumn> columns() {
        return schema.columns();
    }

    @Override
    public @Nullable String keyColumn() {
        return keyColumn;
    }

    /** Forgets the cached counts (after the table changed). */
    public void clearCounts() {
        counts.invalidateAll();
    }

    @Override
    public RowPage query(RowQuery query) throws InterruptedException {
        schema.check(query);
        if (Thread.interrupted()) {
            throw new InterruptedException();
        }
        SqlText where = new SqlText();
        where(where, query);
        Object countKey = List.of(Set.copyOf(query.filters()), query.search());
        try (Connection connection = connections.open()) {
            Long matching = counts.getIfPresent(countKey);
            if (matching == null) {
                SqlText count = new SqlText().sql("SELECT COUNT(*) FROM " + from);
                where(count, query);
                matching = run(connection, count, rs -> {
                    rs.next();
                    return rs.getLong(1);
                });
                counts.put(countKey, matching);
            }
            List<Object> keys = new ArrayList<>();
            List<List<@Nullable Object>> rows = new ArrayList<>();
            if (query.limit() > 0 && query.offset() < matching) {
                SqlText select = new SqlText().sql("SELECT "
                        + String.join(", ", sqlColumns.stream().map(SqlColumn::quoted).toList()) + " FROM " + from);
                where(select, query);
                select.sql(" ORDER BY ");
                for (SortKey key : query.sort()) {
                    select.sql(sqlColumn(key.column()).quoted()
                            + (key.descending() ? " DESC NULLS LAST, " : " ASC NULLS FIRST, "));
                }
                select.sql(tieBreak).sql(" LIMIT ").number(query.limit()).sql(" OFFSET ").number(query.offset());
                int keyIndex = keyColumn == null ? -1 : schema.indexOf(keyColumn);
                run(connection, select, rs -> {
                    long position = query.offset();
                    while (rs.next()) {
                        List<@Nullable Object> row = new ArrayList<>(sqlColumns.size());
                        for (int c = 0; c < sqlColumns.size(); c++) {
                            row.add(sqlColumns.get(c).read(rs, c + 1));
                        }
                        keys.add(keyIndex < 0 ? Long.valueOf(position) : Objects.requireNonNull(row.get(keyIndex)));
                        rows.add(Collections.unmodifiableList(row));
                        position++;
                    }
                    return null;
                });
            }
            return new RowPage(query.offset(), matching, keys, rows);
        } catch (SQLException e) {
            if (Thread.interrupted()) {
                throw new InterruptedException();
            }
            throw new IllegalStateException("query on " + from + " failed: " + e.getMessage(), e);
        }
    }

    private void where(SqlText sql, RowQuery query) {
        String joiner = " WHERE ";
        for (ColumnFilter filter : query.filters()) {
            SqlColumn column = sqlColumn(filter.column());
            switch (filter) {
                case ColumnFilter.Contains contains -> {
                    sql.sql(joiner);
                    containsText(sql, column, contains.text());
                }
                case ColumnFilter.Between between -> {
                    if (between.min() != null) {
                        sql.sql(joiner + column.quoted() + " >= ").value(column, between.min());
                        joiner = " AND ";
                    }
                    if (between.max() != null) {
                        sql.sql(joiner + column.quoted() + " <= ").value(column, between.max());
                    }
                }
                case ColumnFilter.OneOf oneOf -> {
                    sql.sql(joiner);
                    if (oneOf.values().isEmpty()) {
                        sql.sql("1 = 0");
                    } else {
                        sql.sql(column.quoted() + " IN (");
                        String comma = "";
                        for (Object value : oneOf.values()) {
                            sql.sql(comma).value(column, value);
                            comma = ", ";
                        }
                        sql.sql(")");
                    }
                }
            }
            if (!(filter instanceof ColumnFilter.Between b) || b.min() != null || b.max() != null) {
                joiner = " AND ";
            }
        }
        if (!query.search().isEmpty()) {
            sql.sql(joiner + "(");
            String or = "";
            for (SqlColumn column : sqlColumns) {
                if (column.kind() == ColumnKind.TEXT) {
                    sql.sql(or);
                    containsText(sql, column, query.search());
                    or = " OR ";
                }
            }
            sql.sql(or.isEmpty() ? "1 = 0)" : ")");
        }
    }

    /** {@code LOWER(column) LIKE ?} with the text lower-cased and its wildcards escaped. */
    private static void containsText(SqlText sql, SqlColumn column, String text) {
        String escaped = text.toLowerCase(Locale.ROOT).replace("!", "!!").replace("%", "!%").replace("_", "!_");
        sql.sql("LOWER(" + column.quoted() + ") LIKE ").string("%" + escaped + "%").sql(" ESCAPE '!'");
    }

    private SqlColumn sqlColumn(String name) {
        return sqlColumns.get(schema.indexOf(name));
    }

    /** Reads a result set. */
    @FunctionalInterface
    private interface Reader<T> {
        @Nullable T read(ResultSet rs) throws SQLException, InterruptedException;
    }

    /**
     * Runs {@code sql} on the calling thread; a watcher cancels the statement if the thread is
     * interrupted meanwhile.
     */
    private static <T> T run(Connection connection, SqlText sql, Reader<T> reader)
            throws SQLException, InterruptedException {
        try (PreparedStatement statement = connection.prepareStatement(sql.text())) {
            sql.bind(statement);
            Thread caller = Thread.currentThread();
            AtomicBoolean done = new AtomicBoolean();
            Thread watcher = Thread.ofVirtual().name("sql-cancel-watch").start(() -> {
                while (!done.get()) {
                    if (caller.isInterrupted()) {
                        try {
                            statement.cancel();
                        } catch (SQLException | RuntimeException e) {
                            // the statement ended meanwhile, or cannot be cancelled: the caller sees its interrupt
                        }
                        return;
                    }
                    LockSupport.parkNanos(CANCEL_POLL.toNanos());
                }
            });
            try (ResultSet rs = statement.executeQuery()) {
                T value = reader.read(rs);
                if (Thread.interrupted()) {
                    throw new InterruptedException();
                }
                return value;
            } finally {
                done.set(true);
                LockSupport.unpark(watcher);
            }
        }
    }

    private static List<SqlColumn> readColumns(DatabaseMetaData meta, TableName name, String quote)
            throws SQLException {
        List<SqlColumn> columns = new ArrayList<>();
        try (ResultSet rs = meta.getColumns(name.catalog(), name.schema(), TableName.escape(meta, name.table()), null)) {
            while (rs.next()) {
                if (!name.table().equals(rs.getString("TABLE_NAME"))) {
                    continue; // the table name is a pattern: '_' matched another character
                }
                String column = rs.getString("COLUMN_NAME");
                int type = rs.getInt("DATA_TYPE");
                var kind = SqlColumn.kindOf(type, rs.getInt("DECIMAL_DIGITS"));
                if (kind != null && column.length() <= TableColumn.MAX_NAME_LENGTH) {
                    columns.add(new SqlColumn(new TableColumn(column, kind), quoted(quote, column),
                            type == java.sql.Types.TIMESTAMP_WITH_TIMEZONE));
                }
            }
        }
        return columns;
    }

    private static @Nullable String primaryKey(DatabaseMetaData meta, TableName name) throws SQLException {
        List<String> keys = new ArrayList<>();
        try (ResultSet rs = meta.getPrimaryKeys(name.catalog(), name.schema(), name.table())) {
            while (rs.next()) {
                keys.add(rs.getString("COLUMN_NAME"));
            }
        }
        return keys.size() == 1 ? keys.get(0) : null;
    }

    private static String quoted(String quote, String identifier) {
        return quote + identifier.replace(quote, quote + quote) + quote;
    }

    /** Options of a {@link SqlTableData}; unset ones keep their defaults. */
    public static final class Builder {

        private @Nullable String schema;
        private @Nullable String keyColumn;
        private long countCacheSize = 1_000;
        private Duration countTtl = Duration.ofSeconds(30);

        private Builder() {}

        /** The schema holding the table, when its name alone is ambiguous; by default any schema. */
        public Builder schema(String name) {
            this.schema = Objects.requireNonNull(name, "schema");
            return this;
        }

        /** The column whose values identify rows; by default the table's primary key, if it has one column. */
        public Builder keyColumn(String name) {
            this.keyColumn = Objects.requireNonNull(name, "keyColumn");
            return this;
        }

        /** How many filter sets' counts are kept (1,000 by default; 0 keeps none). */
        public Builder countCacheSize(long size) {
            if (size < 0) {
                throw new IllegalArgumentException("countCacheSize must be 0 or more, got " + size);
            }
            this.countCacheSize = size;
            return this;
        }

        /** How long a count is trusted before it is counted again (30 s by default). */
        public Builder countTtl(Duration ttl) {
            if (ttl.isNegative()) {
                throw new IllegalArgumentException("countTtl must not be negative, got " + ttl);
            }
            this.countTtl = ttl;
            return this;
        }
    }
}
