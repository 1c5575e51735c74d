package org.panel4j.widget;

import java.time.LocalTime;
import org.jspecify.annotations.Nullable;
import org.panel4j.param.HasValue;
import org.panel4j.param.Param;

/**
 * A time of day chosen in the browser's own time field ({@code <input type=time>}), sent when the user
 * commits a change. The value is the wall-clock time the user picked in their browser, as shown there:
 * no date and no time zone. Client input must be a real time written {@code 14:05} or {@code 14:05:09}
 * and lie within {@code start}..{@code end}; anything else is refused ({@code invalid_value}) and
 * changes nothing.
 */
public final class TimePicker extends Widget implements HasValue<LocalTime> {

    private final Param<LocalTime> start = Param.builder(this, "start", LocalTime.class).nullable()
            .doc("The earliest time the user may pick, or null for none.").build();
    private final Param<LocalTime> end = Param.builder(this, "end", LocalTime.class).nullable()
            .doc("The latest time the user may pick, or null for none.").build();
    private final Param<LocalTime> value = Param.builder(this, "value", LocalTime.class).nullable()
            .clientWritable().bounds(this::getStart, this::getEnd)
            .doc("The time picked (the user's wall-clock time, no zone), or null while none is.").build();

    /** A picker with no time and no bounds. */
    public TimePicker() {}

    /** A picker labelled {@code name}, with no time and no bounds. */
    public TimePicker(String name) {
        setName(name);
    }

    @Override
    public Param<LocalTime> valueProperty() {
        return value;
    }

    /** The earliest time the user may pick, or null. */
    public @Nullable LocalTime getStart() {
        return start.get();
    }

    /** Sets the earliest time the user may pick (null for none). */
    public void setStart(@Nullable LocalTime value) {
        start.set(value);
    }

    /** The {@code start} parameter. */
    public Param<LocalTime> startProperty() {
        return start;
    }

    /** The latest time the user may pick, or null. */
    public @Nullable LocalTime getEnd() {
        return end.get();
    }

    /** Sets the latest time the user may pick (null for none). */
    public void setEnd(@Nullable LocalTime value) {
        end.set(value);
    }

    /** The {@code end} parameter. */
    public Param<LocalTime> endProperty() {
        return end;
    }
}
