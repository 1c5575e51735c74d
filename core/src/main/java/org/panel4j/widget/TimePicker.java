package org.panel4j.widget;

import java.time.LocalTime;
import org.panel4j.param.HasValue;
import org.panel4j.param.Param;

/**
 * A time of day chosen in the browser's own time field ({@code <input type=time>}), sent when the user
 * commits a change. The value is the wall-clock time the user picked in their browser, as shown there:
 * no date and no time zone. Client input must be a real time written {@code 14:05} or {@code 14:05:09}
 * and lie within {@code start}..{@code end}; anything else is refused ({@code invalid_value}) and
 * changes nothing.
 */
public final class TimePicker extends TemporalPicker<LocalTime> implements HasValue<LocalTime> {

    private final Param<LocalTime> value = Param.builder(this, "value", LocalTime.class).nullable()
            .clientWritable().bounds(this::getStart, this::getEnd)
            .doc("The time picked (the user's wall-clock time, no zone), or null while none is.").build();

    /** A picker with no time and no bounds. */
    public TimePicker() {
        super(LocalTime.class, "time");
    }

    /** A picker labelled {@code name}, with no time and no bounds. */
    public TimePicker(String name) {
        this();
        setName(name);
    }

    @Override
    public Param<LocalTime> valueProperty() {
        return value;
    }
}
