package org.panel4j.table;

import java.util.Objects;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * A condition on one column's values; a row passes a {@link RowQuery} when it passes all of the
 * query's filters. Values are of the column's {@link ColumnKind#valueType()}.
 */
public sealed interface ColumnFilter {

    /** The column the condition reads. */
    String column();

    /**
     * The value's text contains {@code text}, ignoring case (for TEXT columns; a header's text box).
     *
     * @param column the column's name
     * @param text the text to find, at most {@link RowQuery#MAX_TEXT_LENGTH} characters
     */
    record Contains(String column, String text) implements ColumnFilter {
        /** Checks the text's length. */
        public Contains {
            Objects.requireNonNull(column, "column");
            RowQuery.checkText(text);
        }
    }

    /**
     * The value lies between {@code min} and {@code max}, both inclusive; a {@code null} bound is open
     * (for ordered kinds: numbers, dates, moments; a header's range or date range).
     *
     * @param column the column's name
     * @param min the least value passing, or {@code null} for no lower bound
     * @param max the greatest value passing, or {@code null} for no upper bound
     */
    record Between(String column, @Nullable Object min, @Nullable Object max) implements ColumnFilter {
        /** Checks the column name is present. */
        public Between {
            Objects.requireNonNull(column, "column");
        }
    }

    /**
     * The value is one of {@code values} (a header's select; for any kind).
     *
     * @param column the column's name
     * @param values the values passing, at most {@link RowQuery#MAX_CHOICES}
     */
    record OneOf(String column, Set<?> values) implements ColumnFilter {
        /** Copies the values and checks their number. */
        public OneOf {
            Objects.requireNonNull(column, "column");
            if (values.size() > RowQuery.MAX_CHOICES) {
                throw new IllegalArgumentException(
                        "a select filter has at most " + RowQuery.MAX_CHOICES + " values, got " + values.size());
            }
            values = Set.copyOf(values);
        }
    }
}
