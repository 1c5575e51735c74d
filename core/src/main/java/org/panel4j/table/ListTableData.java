package org.panel4j.table;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicReference;
import org.jspecify.annotations.Nullable;

/**
 * A {@link TableData} over rows held in memory, fixed at construction (e.g. a list of records too long
 * to send to the page whole). Each query filters and sorts on the calling thread, checking for an
 * interrupt every few thousand rows; the order of the last filter and sort is kept, so turning pages
 * costs only the page. Thread-safe and shareable between sessions.
 *
 * {@snippet :
 * var data = ListTableData.of(List.of(new TableColumn("city", ColumnKind.TEXT),
 *         new TableColumn("people", ColumnKind.INTEGER)), rows);   // rows: List<List<Object>>
 * var table = Table.of(data);
 * }
 */
public final class ListTableData implements TableData {

    /** The most rows one instance holds. */
    public static final int MAX_ROWS = 50_000_000;

    private final List<TableColumn> columns;
    private final Cells cells;        // values of the columns' kinds, or null
    private final int size;
    private final @Nullable String keyColumn;
    private final AtomicReference<@Nullable Ordered> last = new AtomicReference<>();

    private record Ordered(List<SortKey> sort, List<ColumnFilter> filters, String search, int[] rows) {}

    /** Computes the value of a cell: rows made on demand rather than held (see {@link #generated}). */
    @FunctionalInterface
    public interface Cells {
        /** The value of column {@code column} (an index into the columns) in row {@code row}, of the column's kind, or null. */
        @Nullable Object value(int row, int column);
    }

    private ListTableData(List<TableColumn> columns, Cells cells, int size, @Nullable String keyColumn) {
        this.columns = List.copyOf(columns);
        this.cells = cells;
        this.size = size;
        this.keyColumn = keyColumn;
    }

    /**
     * Rows given as lists of values in the order of {@code columns}, each of its column's
     * {@link ColumnKind#valueType()} (an {@code Integer} is taken for a {@code Long}, a {@code Float} for a
     * {@code Double}) or null; rows are keyed by their position.
     *
     * @throws IllegalArgumentException if a row has the wrong length or a value the wrong type
     */
    public static ListTableData of(List<TableColumn> columns, List<? extends List<?>> rows) {
        return of(columns, rows, null);
    }

    /**
     * Like {@link #of(List, List)}, rows keyed by the values of {@code keyColumn} (which must be unique
     * and not null), or by their position when it is null.
     */
    public static ListTableData of(List<TableColumn> columns, List<? extends List<?>> rows, @Nullable String keyColumn) {
        Objects.requireNonNull(columns, "columns");
        Objects.requireNonNull(rows, "rows");
        if (columns.isEmpty()) {
            throw new IllegalArgumentException("ListTableData needs at least one column");
        }
        if (rows.size() > MAX_ROWS) {
            throw new IllegalArgumentException("ListTableData holds at most " + MAX_ROWS + " rows, got " + rows.size());
        }
        var cells = new Object[columns.size()][rows.size()];
        int r = 0;
        for (List<?> row : rows) {
            if (row.size() != columns.size()) {
                throw new IllegalArgumentException("row " + r + " has " + row.size() + " values for " + columns.size() + " columns");
            }
            for (int c = 0; c < columns.size(); c++) {
                cells[c][r] = Values.coerce(columns.get(c), row.get(c), "row " + r);
            }
            r++;
        }
        if (keyColumn != null) {
            int key = RowFilter.indexOf(columns, keyColumn);
            var seen = new HashSet<Object>();
            for (int i = 0; i < rows.size(); i++) {
                if (cells[key][i] == null || !seen.add(cells[key][i])) {
                    throw new IllegalArgumentException("key column '" + keyColumn + "' has a null or repeated value in row " + i);
                }
            }
        }
        return new ListTableData(columns, (row, column) -> cells[column][row], rows.size(), keyColumn);
    }

    /**
     * Rows {@code 0 .. size-1} whose values {@code cells} computes when a query reads them (a pure,
     * thread-safe function of row and column, returning values of the columns' kinds); keyed by position.
     * For large made-up or derived data that need not be held in memory.
     */
    public static ListTableData generated(List<TableColumn> columns, int size, Cells cells) {
        Objects.requireNonNull(cells, "cells");
        if (columns.isEmpty() || size < 0 || size > MAX_ROWS) {
            throw new IllegalArgumentException("ListTableData.generated needs columns and 0 to " + MAX_ROWS + " rows, got "
                    + columns.size() + " columns and " + size + " rows");
        }
        return new ListTableData(columns, cells, size, null);
    }

    @Override
    public List<TableColumn> columns() {
        return columns;
    }

    @Override
    public @Nullable String keyColumn() {
        return keyColumn;
    }

    /** The number of rows. */
    public int size() {
        return size;
    }

    /** The value in row {@code row} (by position) of column {@code column} (by index). */
    public @Nullable Object value(int row, int column) {
        return cells.value(row, column);
    }

    @Override
    public RowPage query(RowQuery query) throws InterruptedException {
        for (SortKey key : query.sort()) {
            RowFilter.indexOf(columns, key.column());
        }
        for (ColumnFilter filter : query.filters()) {
            checkFilter(filter);
        }
        int[] order = order(query);
        int from = (int) Math.min(query.offset(), order.length);
        int to = (int) Math.min((long) from + query.limit(), order.length);
        var keys = new ArrayList<Object>(to - from);
        var rows = new ArrayList<List<@Nullable Object>>(to - from);
        int keyIndex = keyColumn == null ? -1 : RowFilter.indexOf(columns, keyColumn);
        for (int i = from; i < to; i++) {
            int row = order[i];
            keys.add(keyIndex < 0 ? (Object) (long) row : cells.value(row, keyIndex));
            var values = new ArrayList<@Nullable Object>(columns.size());
            for (int c = 0; c < columns.size(); c++) {
                values.add(cells.value(row, c));
            }
            rows.add(values);
        }
        return new RowPage(from, order.length, keys, rows);
    }

    private void checkFilter(ColumnFilter filter) {
        TableColumn column = columns.get(RowFilter.indexOf(columns, filter.column()));
        Class<?> type = column.kind().valueType();
        List<@Nullable Object> values = switch (filter) {
            case ColumnFilter.Contains c -> List.of();
            case ColumnFilter.Between b -> Arrays.asList(b.min(), b.max());
            case ColumnFilter.OneOf o -> new ArrayList<>(o.values());
        };
        for (Object v : values) {
            if (v != null && !type.isInstance(v)) {
                throw new IllegalArgumentException("a filter value for '" + column.name() + "' must be a "
                        + type.getSimpleName() + ", got " + v.getClass().getSimpleName());
            }
        }
    }

    /** The matching rows in order: the kept order when sort, filters and search are the last ones. */
    private int[] order(RowQuery query) throws InterruptedException {
        Ordered kept = last.get();
        if (kept != null && kept.sort().equals(query.sort()) && kept.filters().equals(query.filters())
                && kept.search().equals(query.search())) {
            return kept.rows();
        }
        var filter = new RowFilter(columns, query);
        int[] rows;
        if (filter.keepsAll()) {
            rows = new int[size];
            Arrays.setAll(rows, i -> i);
        } else {
            var kept2 = new int[Math.min(size, 1024)];
            int n = 0;
            for (int i = 0; i < size; i++) {
                if ((i & 0xfff) == 0 && Thread.interrupted()) {
                    throw new InterruptedException("query cancelled");
                }
                if (filter.test(cells, i)) {
                    if (n == kept2.length) {
                        kept2 = Arrays.copyOf(kept2, Math.min(size, n * 2));
                    }
                    kept2[n++] = i;
                }
            }
            rows = Arrays.copyOf(kept2, n);
        }
        if (!query.sort().isEmpty()) {
            rows = sorted(rows, query.sort());
        }
        last.set(new Ordered(query.sort(), query.filters(), query.search(), rows));
        return rows;
    }

    private int[] sorted(int[] rows, List<SortKey> sort) throws InterruptedException {
        Comparator<Integer> order = null;
        for (SortKey key : sort) {
            int column = RowFilter.indexOf(columns, key.column());
            Comparator<Integer> level = (a, b) -> RowFilter.compareNullsFirst(cells.value(a, column), cells.value(b, column));
            if (key.descending()) {
                level = level.reversed();
            }
            order = order == null ? level : order.thenComparing(level);
        }
        Comparator<Integer> checked = interruptible(order);
        Integer[] boxed = new Integer[rows.length];
        for (int i = 0; i < rows.length; i++) {
            boxed[i] = rows[i];
        }
        try {
            Arrays.sort(boxed, checked);   // stable: equal rows keep the data's own order
        } catch (Cancelled e) {
            throw new InterruptedException("query cancelled");
        }
        var out = new int[rows.length];
        for (int i = 0; i < rows.length; i++) {
            out[i] = boxed[i];
        }
        return out;
    }

    private static Comparator<Integer> interruptible(Comparator<Integer> order) {
        int[] count = {0};
        return (a, b) -> {
            if ((++count[0] & 0xffff) == 0 && Thread.interrupted()) {
                throw new Cancelled();
            }
            return order.compare(a, b);
        };
    }

    /** Thrown out of a sort that was interrupted. */
    private static final class Cancelled extends RuntimeException {
        Cancelled() {
            super(null, null, false, false);
        }
    }

    @Override
    public String toString() {
        return "ListTableData(" + size + " rows, " + columns.size() + " columns)";
    }
}
