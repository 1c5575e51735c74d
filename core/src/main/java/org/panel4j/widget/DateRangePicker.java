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
public final class DateRangePicker extends TemporalPicker<LocalDate> implements HasValue<DateRange> {

    private final Param<DateRange> value = Param.builder(this, "value", DateRange.WIRE).nullable()
            .clientWritable().check(this::outOfBounds)
            .doc("The dates picked (the user's wall-clock dates, no zone), or null while none are.").build();

    /** A picker with no dates and no bounds. */
    public DateRangePicker() {
        super(LocalDate.class, "date");
    }

    /** A picker labelled {@code name}, with no dates and no bounds. */
    public DateRangePicker(String name) {
        this();
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
}
