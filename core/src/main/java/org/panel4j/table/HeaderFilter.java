package org.panel4j.table;

import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * The filter a column offers under its title; the browser may filter a column only through the kind
 * its column declares (anything else is refused as {@code not_allowed}).
 */
public enum HeaderFilter {
    /** No filter. */
    NONE,
    /** A text box: the value contains the text, ignoring case (TEXT columns). */
    TEXT,
    /** Two number boxes: at least / at most (INTEGER and DECIMAL columns). */
    RANGE,
    /** A list of the column's {@code filterOptions}: the value is one of those chosen (any kind). */
    SELECT,
    /** Two date boxes: from / to, both inclusive (DATE and DATETIME columns). */
    DATE_RANGE;

    /** The filter that suits {@code kind} best: text, range, date range, or a yes/no select. */
    public static HeaderFilter defaultFor(ColumnKind kind) {
        return switch (kind) {
            case TEXT -> TEXT;
            case INTEGER, DECIMAL -> RANGE;
            case DATE, DATETIME -> DATE_RANGE;
            case BOOLEAN -> SELECT;
        };
    }

    /** Null if this filter can filter values of {@code kind}, else why not. */
    @Nullable String problemWith(ColumnKind kind) {
        return switch (this) {
            case NONE, SELECT -> null;
            case TEXT -> kind == ColumnKind.TEXT ? null : "a text filter needs a TEXT column";
            case RANGE -> kind == ColumnKind.INTEGER || kind == ColumnKind.DECIMAL ? null
                    : "a range filter needs an INTEGER or DECIMAL column";
            case DATE_RANGE -> kind == ColumnKind.DATE || kind == ColumnKind.DATETIME ? null
                    : "a date range filter needs a DATE or DATETIME column";
        };
    }

    /** The wire name, e.g. {@code dateRange}. */
    String wireName() {
        return this == DATE_RANGE ? "dateRange" : name().toLowerCase(Locale.ROOT);
    }
}
