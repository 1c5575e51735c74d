package org.panel4j.widget;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;
import org.panel4j.param.HasValue;
import org.panel4j.param.Param;

/**
 * A span of dates chosen in two of the browser's own date fields, from and to; sent when both are
 * filled and the user commits a change (null when both are cleared). The value is the calendar dates
 * the user picked in their browser: no time and no time zone. Client input must be two real dates
 * ({@link DateRange#WIRE}), the second not before the first, both within {@code start}..{@code end};
 * anything else is refused ({@code invalid_value}) and changes nothing.
 */
public final class DateRangePicker extends Widget implements HasValue<DateRange> {

    private final Param<LocalDate> start = Param.builder(this, "start", LocalDate.class).nullable()
            .doc("The earliest date the user may pick, or null for none.").build();
    private final Param<LocalDate> end = Param.builder(this, "end", LocalDate.class).nullable()
            .doc("The latest date the user may pick, or null for none.").build();
    private final Param<DateRange> value = Param.builder(this, "value", DateRange.WIRE).nullable()
            .clientWritable().check(this::outOfBounds)
            .doc("The dates picked (the user's wall-clock dates, no zone), or null while none are.").build();

    /** A picker with no dates and no bounds. */
    public DateRangePicker() {}

    /** A picker labelled {@code name}, with no dates and no bounds. */
    public DateRangePicker(String name) {
        setName(name);
    }

    private @Nullable String outOfBounds(DateRange range) {
        LocalDate first = getStart();
        LocalDate last = getEnd();
        if (first != null && range.start().isBefore(first)) {
            return "must start on or after " + first;
        }
        if (last != null && range.end().isAfter(last)) {
            return "must end on or before " + last;
        }
        return null;
    }

    @Override
    public Param<DateRange> valueProperty() {
        return value;
    }

    /** The earliest date the user may pick, or null. */
    public @Nullable LocalDate getStart() {
        return start.get();
    }

    /** Sets the earliest date the user may pick (null for none). */
    public void setStart(@Nullable LocalDate value) {
        start.set(value);
    }

    /** The {@code start} parameter. */
    public Param<LocalDate> startProperty() {
        return start;
    }

    /** The latest date the user may pick, or null. */
    public @Nullable LocalDate getEnd() {
        return end.get();
    }

    /** Sets the latest date the user may pick (null for none). */
    public void setEnd(@Nullable LocalDate value) {
        end.set(value);
    }

    /** The {@code end} parameter. */
    public Param<LocalDate> endProperty() {
        return end;
    }
}
