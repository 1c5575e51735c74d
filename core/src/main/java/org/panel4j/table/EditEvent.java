package org.panel4j.table;

import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * An edit the page made to one cell, as {@link Table#setEditValidator} checks it and
 * {@link Table#onEdit} callbacks receive it once applied.
 *
 * @param row the row's key (its ordinal in a local table)
 * @param column the column's name
 * @param oldValue the value before, of the column's {@link ColumnKind#valueType()}, or null
 * @param newValue the value the page set, of the column's kind
 * @param values the row's values before the edit, by column name
 */
public record EditEvent(Object row, String column, @Nullable Object oldValue, Object newValue,
                        Map<String, @Nullable Object> values) {}
