package org.panel4j.examples.table;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.locks.ReentrantLock;
import org.duckdb.DuckDBConnection;
import org.jspecify.annotations.Nullable;
import org.panel4j.sql.SqlTableData;
import org.panel4j.table.ColumnarTableData;

/**
 * The {@code /table} example's data: generated taxi trips (id, pickup, borough, distance in km, fare,
 * passengers, paid by card), ten million by default, the same rows in memory ({@link #inMemory()}) and
 * in an in-process DuckDB table ({@link #duckDb()}). Each is built on first use, once, and shared by every
 * session; make one {@code TripsDataset} per server and {@link #close()} it when the server stops.
 *
 * <p>Every value is a function of the row's id through integer arithmetic only (a multiplicative hash),
 * which Java and DuckDB's SQL compute alike, so both hold exactly the same rows for the same seed.
 */
public final class TripsDataset implements AutoCloseable {

    /** How many rows the example shows. */
    public static final int ROWS = 10_000_000;

    private static final long SEED = 20_261_127L;
    private static final long TWO_32 = 4_294_967_296L;
    private static final long YEAR_START_MILLIS = 1_735_689_600_000L; // 2025-01-01T00:00:00Z
    private static final long SECONDS_PER_YEAR = 31_536_000L;
    private static final String[] BOROUGHS = {"Manhattan", "Brooklyn", "Queens", "Bronx", "Staten Island", "EWR", "Unknown"};
    private static final int[] BOROUGH_UPTO = {55, 75, 90, 96, 98, 99, 100};

    private final int rows;
    private final ReentrantLock lock = new ReentrantLock();
    private @Nullable ColumnarTableData inMemory;
    private @Nullable DuckDBConnection duckDbRoot;
    private @Nullable SqlTableData duckDb;

    /** {@link #ROWS} trips. */
    public TripsDataset() {
        this(ROWS);
    }

    /** {@code rows} trips (tests use fewer). */
    public TripsDataset(int rows) {
        if (rows < 0) {
            throw new IllegalArgumentException("rows must be 0 or more, got " + rows);
        }
        this.rows = rows;
    }

    /** The trips in memory, built on the first call (about a second for ten million rows). */
    public ColumnarTableData inMemory() {
        lock.lock();
        try {
            if (inMemory == null) {
                inMemory = ColumnarTableData.builder(rows)
                        .integers("id", row -> row)
                        .epochMillis("pickup", row -> YEAR_START_MILLIS + hash(row, 1) % SECONDS_PER_YEAR * 1000)
                        .texts("borough", row -> borough(hash(row, 2) % 100))
                        .decimals("distance", row -> distanceCents(row) / 100.0)
                        .decimals("fare", row -> (300 + distanceCents(row) * 2 + hash(row, 5) % 500) / 100.0)
                        .integers("passengers", row -> passengers(hash(row, 6)))
                        .booleans("card", row -> hash(row, 7) % 100 < 70)
                        .build();
            }
            return inMemory;
        } finally {
            lock.unlock();
        }
    }

    /** The trips in an in-process DuckDB table made with SQL on the first call. */
    public SqlTableData duckDb() {
        lock.lock();
        try {
            if (duckDb == null) {
                DuckDBConnection root = (DuckDBConnection) DriverManager.getConnection("jdbc:duckdb:");
                try (Statement sql = root.createStatement()) {
                    for (String statement : duckDbScript()) {
                        sql.execute(statement);
                    }
                } catch (SQLException e) {
                    root.close();
                    throw e;
                }
                duckDbRoot = root;
                duckDb = SqlTableData.of(root::duplicate, "trips", options -> options.keyColumn("id"));
            }
            return duckDb;
        } catch (SQLException e) {
            throw new IllegalStateException("cannot make the DuckDB trips table: " + e.getMessage(), e);
        } finally {
            lock.unlock();
        }
    }

    /** How many bytes DuckDB's own memory holds (its buffers, off the Java heap); 0 before {@link #duckDb()}. */
    public long duckDbMemoryBytes() {
        lock.lock();
        try (Connection connection = duckDbRoot == null ? null : duckDbRoot.duplicate();
                Statement sql = connection == null ? null : connection.createStatement();
                ResultSet rs = sql == null ? null : sql.executeQuery("SELECT SUM(memory_usage_bytes) FROM duckdb_memory()")) {
            return rs != null && rs.next() ? rs.getLong(1) : 0;
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read DuckDB's memory: " + e.getMessage(), e);
        } finally {
            lock.unlock();
        }
    }

    /** Closes the DuckDB database, if one was made. */
    @Override
    public void close() throws SQLException {
        lock.lock();
        try {
            if (duckDbRoot != null) {
                duckDbRoot.close();
            }
        } finally {
            lock.unlock();
        }
    }

    /**
     * The statements that make the table: the hash as a DuckDB macro, then one {@code range()} whose
     * stages compute each column's hash once.
     */
    private String[] duckDbScript() {
        StringBuilder mixed = new StringBuilder("SELECT id");
        StringBuilder hashed = new StringBuilder("SELECT id");
        for (int column = 1; column <= 7; column++) {
            mixed.append(", mix(mix(((id * 8 + ").append(column).append(" + ").append(SEED).append(") * 2654435761) % ")
                    .append(TWO_32).append(")) AS m").append(column);
            hashed.append(", xor(m").append(column).append(", m").append(column).append(" >> 16) AS h").append(column);
        }
        return new String[] {
            "CREATE MACRO mix(x) AS (xor(x, x >> 15) * 1597334677) % " + TWO_32,
            "CREATE TABLE trips AS SELECT id,"
                    + " epoch_ms(" + YEAR_START_MILLIS + " + h1 % " + SECONDS_PER_YEAR + " * 1000) AS pickup,"
                    + " CASE WHEN b < 55 THEN 'Manhattan' WHEN b < 75 THEN 'Brooklyn' WHEN b < 90 THEN 'Queens'"
                    + " WHEN b < 96 THEN 'Bronx' WHEN b < 98 THEN 'Staten Island' WHEN b < 99 THEN 'EWR'"
                    + " ELSE 'Unknown' END AS borough,"
                    + " CAST(cents AS DOUBLE) / 100 AS distance,"
                    + " CAST(300 + cents * 2 + h5 % 500 AS DOUBLE) / 100 AS fare,"
                    + " CAST(CASE WHEN p < 12 THEN 1 WHEN p < 16 THEN 2 WHEN p < 18 THEN 3 WHEN p < 19 THEN 4"
                    + " ELSE 5 + (h6 // 20) % 2 END AS BIGINT) AS passengers,"
                    + " h7 % 100 < 70 AS card"
                    + " FROM (SELECT *, h2 % 100 AS b, 30 + (h3 % 1500) * (h4 % 1500) // 1200 AS cents, h6 % 20 AS p"
                    + " FROM (" + hashed + " FROM (" + mixed + " FROM range(" + rows + ") r(id))))"
        };
    }

    /** A well-mixed 32-bit value for the row and column, in integer arithmetic that never overflows. */
    static long hash(long row, int column) {
        long x = mix(mix(((row * 8 + column + SEED) * 2_654_435_761L) & 0xFFFF_FFFFL));
        return x ^ (x >> 16);
    }

    /** One round of the hash; {@code & 0xFFFF_FFFF} is DuckDB's {@code % 2^32} for these non-negative values. */
    private static long mix(long x) {
        return ((x ^ (x >> 15)) * 1_597_334_677L) & 0xFFFF_FFFFL;
    }

    private static long distanceCents(int row) {
        return 30 + (hash(row, 3) % 1500) * (hash(row, 4) % 1500) / 1200;
    }

    private static long passengers(long h) {
        long bucket = h % 20;
        return bucket < 12 ? 1 : bucket < 16 ? 2 : bucket < 18 ? 3 : bucket < 19 ? 4 : 5 + (h / 20) % 2;
    }

    private static String borough(long percent) {
        int i = 0;
        while (percent >= BOROUGH_UPTO[i]) {
            i++;
        }
        return BOROUGHS[i];
    }
}
