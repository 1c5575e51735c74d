package org.panel4j.table;

import java.util.Objects;

/**
 * A column of a {@link TableData}: its name (the key in queries and on the wire) and the kind of its
 * values.
 *
 * @param name the column's name, 1 to 128 characters
 * @param kind the kind of its values
 */
public record TableColumn(String name, ColumnKind kind) {

    /** The longest column name. */
    public static final int MAX_NAME_LENGTH = 128;

    /** Checks the name. */
    public TableColumn {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(kind, "kind");
        if (name.isEmpty() || name.length() > MAX_NAME_LENGTH) {
            throw new IllegalArgumentException(
                    "a column name has 1 to " + MAX_NAME_LENGTH + " characters, got " + name.length());
        }
    }
}
