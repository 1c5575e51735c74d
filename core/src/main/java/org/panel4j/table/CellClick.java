package org.panel4j.table;

import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * A click on a button cell ({@link CellFormat.Button}), as {@link Table#onCellClick} callbacks receive it.
 *
 * @param row the row's key (its ordinal in a local table, its {@link TableData#keyColumn()} value or position in a remote one)
 * @param column the button column's name
 * @param values the row's values as the server holds them, by column name
 */
public record CellClick(Object row, String column, Map<String, @Nullable Object> values) {}
