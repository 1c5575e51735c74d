package org.panel4j.table;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * A {@link TableData}'s columns by name, and the check every implementation runs on a {@link RowQuery}
 * before answering it: each column it names exists, each filter suits its column's kind, and each
 * filter value is of the column's {@link ColumnKind#valueType()} (no conversion: a {@code 3} for a
 * DECIMAL column is refused, {@code 3.0} passes). Column names from a query are cut short in messages.
 */
public final class TableSchema {

    private static final int MAX_NAME_IN_MESSAGE = 64;

    private final List<TableColumn> columns;
    private final Map<String, Integer> indexByName = new HashMap<>();

    /**
     * A schema of {@code columns}.
     *
     * @throws IllegalArgumentException if two columns share a name
     */
    public TableSchema(List<TableColumn> columns) {
        this.columns = List.copyOf(columns);
        for (int i = 0; i < this.columns.size(); i++) {
            if (indexByName.putIfAbsent(this.columns.get(i).name(), i) != null) {
                throw new IllegalArgumentException("two columns named " + this.columns.get(i).name());
            }
        }
    }

    /** The columns, in display order. */
    public List<TableColumn> columns() {
        return columns;
    }

    /**
     * The position of the column named {@code name}.
     *
     * @throws IllegalArgumentException if there is none
     */
    public int indexOf(String name) {
        Integer index = indexByName.get(name);
        if (index == null) {
            throw new IllegalArgumentException("no column named '" + shortened(name) + "'");
        }
        return index;
    }

    /**
     * The column named {@code name}.
     *
     * @throws IllegalArgumentException if there is none
     */
    public TableColumn column(String name) {
        return columns.get(indexOf(name));
    }

    /**
     * Checks that {@code query} names only these columns and that its filters suit them: a Contains on
     * a TEXT column, a Between on an ordered kind ({@link ColumnKind#isOrdered()}) with bounds of the
     * column's value type, a OneOf with values of the column's value type.
     *
     * @throws IllegalArgumentException naming the first problem found
     */
    public void check(RowQuery query) {
        for (SortKey key : query.sort()) {
            indexOf(key.column());
        }
        for (ColumnFilter filter : query.filters()) {
            TableColumn column = column(filter.column());
            switch (filter) {
                case ColumnFilter.Contains contains -> {
                    if (column.kind() != ColumnKind.TEXT) {
                        throw new IllegalArgumentException(
                                "a text filter needs a TEXT column; " + column.name() + " is " + column.kind());
                    }
                }
                case ColumnFilter.Between between -> {
                    if (!column.kind().isOrdered()) {
                        throw new IllegalArgumentException(
                                "a range filter needs an ordered column; " + column.name() + " is " + column.kind());
                    }
                    checkValue(column, between.min());
                    checkValue(column, between.max());
                }
                case ColumnFilter.OneOf oneOf -> {
                    for (Object value : oneOf.values()) {
                        checkValue(column, value);
                    }
                }
            }
        }
    }

    private static void checkValue(TableColumn column, @Nullable Object value) {
        if (value != null && !column.kind().valueType().isInstance(value)) {
            throw new IllegalArgumentException("column " + column.name() + " holds "
                    + column.kind().valueType().getSimpleName() + " values, not " + value.getClass().getSimpleName());
        }
    }

    /** {@code text} cut to a length fit for a message or a log line. */
    static String shortened(String text) {
        return text.length() <= MAX_NAME_IN_MESSAGE ? text : text.substring(0, MAX_NAME_IN_MESSAGE) + "…";
    }
}
