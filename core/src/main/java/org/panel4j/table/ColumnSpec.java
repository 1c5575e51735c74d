package org.panel4j.table;

import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;

/**
 * How a {@link Table} shows one column: its title, width, alignment, whether it is frozen at the left
 * or hidden, its {@link CellFormat}, whether its cells can be edited (and within which bounds), its
 * header filter and whether it sorts. Built through {@link Table#column(String, Consumer)}; immutable.
 *
 * @param column the data's column: its name (the key on the wire) and kind
 * @param title the header text
 * @param width the width in pixels, or null to fit
 * @param align how the cells are aligned
 * @param frozen whether the column stays at the left when the table scrolls sideways
 * @param hidden whether the column is not shown (its values are still in the data and the CSV)
 * @param format how the cells are shown
 * @param editable whether the cells can be edited in the page
 * @param choices for an editable TEXT column, the values an edit may choose (a select editor); empty: free text
 * @param min for an editable number or DATETIME column, the least value an edit may set (DATETIME: epoch
 *     milliseconds), or null
 * @param max for an editable number or DATETIME column, the greatest value an edit may set, or null
 * @param headerFilter the filter under the title
 * @param filterOptions the values a {@link HeaderFilter#SELECT} offers (for BOOLEAN: true and false when empty)
 * @param sortable whether a click on the title sorts by the column
 */
public record ColumnSpec(TableColumn column, String title, @Nullable Integer width, Align align, boolean frozen,
                         boolean hidden, CellFormat format, boolean editable, List<String> choices,
                         @Nullable Double min, @Nullable Double max, HeaderFilter headerFilter,
                         List<Object> filterOptions, boolean sortable) {

    /** The most values a select filter or a select editor offers. */
    public static final int MAX_OPTIONS = 1_000;

    /** Copies the lists and checks the parts fit the column's kind. */
    public ColumnSpec {
        Objects.requireNonNull(column, "column");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(align, "align");
        Objects.requireNonNull(format, "format");
        Objects.requireNonNull(headerFilter, "headerFilter");
        choices = List.copyOf(choices);
        filterOptions = List.copyOf(filterOptions);
        String where = "column '" + column.name() + "' (" + column.kind() + ")";
        if (width != null && (width < 20 || width > 2_000)) {
            throw new IllegalArgumentException(where + ": width must be 20 to 2000 pixels, got " + width);
        }
        String filterProblem = headerFilter.problemWith(column.kind());
        if (filterProblem != null) {
            throw new IllegalArgumentException(where + ": " + filterProblem);
        }
        if (choices.size() > MAX_OPTIONS || filterOptions.size() > MAX_OPTIONS) {
            throw new IllegalArgumentException(where + ": at most " + MAX_OPTIONS + " choices or filter options");
        }
        if (!choices.isEmpty() && column.kind() != ColumnKind.TEXT) {
            throw new IllegalArgumentException(where + ": edit choices need a TEXT column");
        }
        for (Object option : filterOptions) {
            if (!column.kind().valueType().isInstance(option)) {
                throw new IllegalArgumentException(where + ": filter option " + option + " is not a "
                        + column.kind().valueType().getSimpleName());
            }
        }
        if ((min != null || max != null) && column.kind() != ColumnKind.INTEGER && column.kind() != ColumnKind.DECIMAL
                && column.kind() != ColumnKind.DATETIME) {
            throw new IllegalArgumentException(where + ": min and max need a number or DATETIME column");
        }
        if (min != null && max != null && min > max) {
            throw new IllegalArgumentException(where + ": min " + min + " is above max " + max);
        }
        if (editable && column.kind() == ColumnKind.DATETIME && !(format instanceof CellFormat.DateTime)) {
            throw new IllegalArgumentException(where + ": an editable DATETIME column needs a dateTime format "
                    + "(its editor reads and writes in the zone the cells are shown in)");
        }
        if (editable && format instanceof CellFormat.Button) {
            throw new IllegalArgumentException(where + ": a button column cannot be edited");
        }
    }

    /** The defaults for {@code column}: its name as title, aligned and formatted by kind, its kind's filter, sortable. */
    static ColumnSpec defaults(TableColumn column, ZoneId zone) {
        ColumnKind kind = column.kind();
        boolean number = kind == ColumnKind.INTEGER || kind == ColumnKind.DECIMAL;
        return new ColumnSpec(column, column.name(), null, number ? Align.RIGHT : kind == ColumnKind.BOOLEAN
                ? Align.CENTER : Align.LEFT, false, false, CellFormat.defaultFor(kind, zone), false, List.of(), null,
                null, HeaderFilter.defaultFor(kind), List.of(), true);
    }

    /** The column's name. */
    public String name() {
        return column.name();
    }

    /** The column's kind. */
    public ColumnKind kind() {
        return column.kind();
    }

    /** The zone an edited DATETIME cell is read and written in: its format's; UTC for other formats. */
    ZoneId zone() {
        return format instanceof CellFormat.DateTime d ? d.zone() : ZoneOffset.UTC;
    }

    /** A copy changed by {@code change} (validated). */
    ColumnSpec with(Consumer<Builder> change) {
        var builder = new Builder(this);
        change.accept(builder);
        return builder.build();
    }

    /** The wire form the page's view reads. */
    Map<String, Object> toWire() {
        var wire = new LinkedHashMap<String, Object>();
        wire.put("name", name());
        wire.put("kind", kind().name().toLowerCase(Locale.ROOT));
        wire.put("title", title);
        wire.put("width", width);
        wire.put("align", align.name().toLowerCase(Locale.ROOT));
        wire.put("frozen", frozen);
        wire.put("hidden", hidden);
        wire.put("format", format.toWire());
        wire.put("editable", editable);
        wire.put("choices", choices);
        wire.put("min", min);
        wire.put("max", max);
        wire.put("headerFilter", headerFilter.wireName());
        wire.put("filterOptions", filterOptions.stream().map(Values::toWire).toList());
        wire.put("sortable", sortable);
        return wire;
    }

    /** Changes a column's presentation; each setter returns the builder. */
    public static final class Builder {
        private final TableColumn column;
        private String title;
        private @Nullable Integer width;
        private Align align;
        private boolean frozen;
        private boolean hidden;
        private CellFormat format;
        private boolean editable;
        private List<String> choices;
        private @Nullable Double min;
        private @Nullable Double max;
        private HeaderFilter headerFilter;
        private List<Object> filterOptions;
        private boolean sortable;

        private Builder(ColumnSpec from) {
            column = from.column;
            title = from.title;
            width = from.width;
            align = from.align;
            frozen = from.frozen;
            hidden = from.hidden;
            format = from.format;
            editable = from.editable;
            choices = from.choices;
            min = from.min;
            max = from.max;
            headerFilter = from.headerFilter;
            filterOptions = from.filterOptions;
            sortable = from.sortable;
        }

        /** The header text. */
        public Builder title(String value) {
            title = value;
            return this;
        }

        /** The width in pixels (20 to 2000), or null to fit. */
        public Builder width(@Nullable Integer value) {
            width = value;
            return this;
        }

        /** How the cells are aligned. */
        public Builder align(Align value) {
            align = value;
            return this;
        }

        /** Keeps the column at the left when the table scrolls sideways. */
        public Builder frozen(boolean value) {
            frozen = value;
            return this;
        }

        /** Hides the column. */
        public Builder hidden(boolean value) {
            hidden = value;
            return this;
        }

        /** How the cells are shown. */
        public Builder format(CellFormat value) {
            format = value;
            return this;
        }

        /** Lets the page edit the cells (each edit is checked on the server first). */
        public Builder editable(boolean value) {
            editable = value;
            return this;
        }

        /** For a TEXT column: the values an edit may choose (a select editor). */
        public Builder choices(List<String> values) {
            choices = values;
            return this;
        }

        /** For a number column: the bounds an edit must keep, null for none (a DATETIME column: epoch milliseconds). */
        public Builder bounds(@Nullable Double least, @Nullable Double greatest) {
            min = least;
            max = greatest;
            return this;
        }

        /** For a DATETIME column: the earliest and latest moments an edit may set, null for none. */
        public Builder bounds(@Nullable Instant earliest, @Nullable Instant latest) {
            min = earliest == null ? null : (double) earliest.toEpochMilli();
            max = latest == null ? null : (double) latest.toEpochMilli();
            return this;
        }

        /** The filter under the title. */
        public Builder headerFilter(HeaderFilter value) {
            headerFilter = value;
            return this;
        }

        /** A select filter offering {@code values} (of the column's kind). */
        public Builder filterOptions(List<?> values) {
            filterOptions = List.copyOf(values);
            headerFilter = HeaderFilter.SELECT;
            return this;
        }

        /** Whether a click on the title sorts. */
        public Builder sortable(boolean value) {
            sortable = value;
            return this;
        }

        ColumnSpec build() {
            return new ColumnSpec(column, title, width, align, frozen, hidden, format, editable, choices, min, max,
                    headerFilter, filterOptions, sortable);
        }
    }
}
