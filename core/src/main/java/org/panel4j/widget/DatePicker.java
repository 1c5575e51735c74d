package org.panel4j.widget;

import java.time.LocalDate;
import org.panel4j.param.HasValue;
import org.panel4j.param.Param;

/**
 * A date chosen in the browser's own date field ({@code <input type=date>}), sent when the user
 * commits a change. The value is the calendar date the user picked in their browser, as shown there:
 * no time and no time zone. Client input must be a real date written {@code 2026-02-28} and lie within
 * {@code start}..{@code end}; anything else is refused ({@code invalid_value}) and changes nothing.
 */
public final class DatePicker extends TemporalPicker<LocalDate> implements HasValue<LocalDate> {

    private final Param<LocalDate> value = Param.builder(this, "value", LocalDate.class).nullable()
            .clientWritable().bounds(this::getStart, this::getEnd)
            .doc("The date picked (the user's wall-clock date, no zone), or null while none is.").build();

    /** A picker with no date and no bounds. */
    public DatePicker() {
        super(LocalDate.class, "date");
    }

    /** A picker labelled {@code name}, with no date and no bounds. */
    public DatePicker(String name) {
        this();
        setName(name);
    }

    @Override
    public Param<LocalDate> valueProperty() {
        return value;
    }
}
