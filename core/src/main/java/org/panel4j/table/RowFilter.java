package org.panel4j.table;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.IntStream;
import org.jspecify.annotations.Nullable;

/**
 * A {@link RowQuery}'s filters and search compiled against a column list, for data held in memory:
 * {@link #test} reads a row's values through an accessor. Values compare by their kind's natural order.
 */
final class RowFilter {

    private record Compiled(int column, ColumnFilter filter, @Nullable String needle) {}

    private final List<Compiled> filters = new ArrayList<>();
    private final String search;
    private final int[] textColumns;

    RowFilter(List<TableColumn> columns, RowQuery query) {
        for (ColumnFilter filter : query.filters()) {
            int column = indexOf(columns, filter.column());
            String needle = filter instanceof ColumnFilter.Contains c ? c.text().toLowerCase(Locale.ROOT) : null;
            filters.add(new Compiled(column, filter, needle));
        }
        search = query.search().toLowerCase(Locale.ROOT);
        textColumns = IntStream.range(0, columns.size())
                .filter(i -> columns.get(i).kind() == ColumnKind.TEXT).toArray();
    }

    /** The index of column {@code name}. @throws IllegalArgumentException for a column not in the list */
    static int indexOf(List<TableColumn> columns, String name) {
        for (int i = 0; i < columns.size(); i++) {
            if (columns.get(i).name().equals(name)) {
                return i;
            }
        }
        throw new IllegalArgumentException("no column '" + name + "'");
    }

    /** Whether the filters and search keep every row. */
    boolean keepsAll() {
        return filters.isEmpty() && search.isEmpty();
    }

    boolean test(ListTableData.Cells cells, int row) {
        for (Compiled f : filters) {
            Object value = cells.value(row, f.column());
            boolean pass = switch (f.filter()) {
                case ColumnFilter.Contains c -> value != null && value.toString().toLowerCase(Locale.ROOT).contains(f.needle());
                case ColumnFilter.Between b -> value != null && (b.min() == null || compare(value, b.min()) >= 0)
                        && (b.max() == null || compare(value, b.max()) <= 0);
                case ColumnFilter.OneOf o -> o.values().contains(value);
            };
            if (!pass) {
                return false;
            }
        }
        if (search.isEmpty()) {
            return true;
        }
        for (int column : textColumns) {
            Object value = cells.value(row, column);
            if (value != null && value.toString().toLowerCase(Locale.ROOT).contains(search)) {
                return true;
            }
        }
        return false;
    }

    /** Compares two values of one kind; a number compares with a number of the other kind too. */
    @SuppressWarnings({"unchecked", "rawtypes"})
    static int compare(Object a, Object b) {
        if (a instanceof Number x && b instanceof Number y && a.getClass() != b.getClass()) {
            return Double.compare(x.doubleValue(), y.doubleValue());
        }
        return ((Comparable) a).compareTo(b);
    }

    /** Nulls first, then by value. */
    static int compareNullsFirst(@Nullable Object a, @Nullable Object b) {
        if (a == null || b == null) {
            return a == null ? (b == null ? 0 : -1) : 1;
        }
        return compare(a, b);
    }
}
