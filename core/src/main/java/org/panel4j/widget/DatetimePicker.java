package org.panel4j.widget;

import java.time.LocalDateTime;
import org.panel4j.param.HasValue;
import org.panel4j.param.Param;

/**
 * A date and time chosen in the browser's own field ({@code <input type=datetime-local>}), sent when
 * the user commits a change. The value is the wall-clock date and time the user picked in their
 * browser, as shown there: no time zone, so it is not an instant. Client input must be real, written
 * {@code 2026-02-28T14:05} or with seconds, and lie within {@code start}..{@code end}; anything else is
 * refused ({@code invalid_value}) and changes nothing.
 */
public final class DatetimePicker extends TemporalPicker<LocalDateTime> implements HasValue<LocalDateTime> {

    private final Param<LocalDateTime> value = Param.builder(this, "value", LocalDateTime.class).nullable()
            .clientWritable().bounds(this::getStart, this::getEnd)
            .doc("The date and time picked (the user's wall-clock time, no zone), or null while none is.").build();

    /** A picker with nothing picked and no bounds. */
    public DatetimePicker() {
        super(LocalDateTime.class, "date and time");
    }

    /** A picker labelled {@code name}, with nothing picked and no bounds. */
    public DatetimePicker(String name) {
        this();
        setName(name);
    }

    @Override
    public Param<LocalDateTime> valueProperty() {
        return value;
    }
}
