package org.panel4j.widget;

import java.time.LocalDateTime;
import org.jspecify.annotations.Nullable;
import org.panel4j.param.HasValue;
import org.panel4j.param.Param;

/**
 * A date and time chosen in the browser's own field ({@code <input type=datetime-local>}), sent when
 * the user commits a change. The value is the wall-clock date and time the user picked in their
 * browser, as shown there: no time zone, so it is not an instant. Client input must be real, written
 * {@code 2026-02-28T14:05} or with seconds, and lie within {@code start}..{@code end}; anything else is
 * refused ({@code invalid_value}) and changes nothing.
 */
public final class DatetimePicker extends Widget implements HasValue<LocalDateTime> {

    private final Param<LocalDateTime> start = Param.builder(this, "start", LocalDateTime.class).nullable()
            .doc("The earliest date and time the user may pick, or null for none.").build();
    private final Param<LocalDateTime> end = Param.builder(this, "end", LocalDateTime.class).nullable()
            .doc("The latest date and time the user may pick, or null for none.").build();
    private final Param<LocalDateTime> value = Param.builder(this, "value", LocalDateTime.class).nullable()
            .clientWritable().bounds(this::getStart, this::getEnd)
            .doc("The date and time picked (the user's wall-clock time, no zone), or null while none is.").build();

    /** A picker with nothing picked and no bounds. */
    public DatetimePicker() {}

    /** A picker labelled {@code name}, with nothing picked and no bounds. */
    public DatetimePicker(String name) {
        setName(name);
    }

    @Override
    public Param<LocalDateTime> valueProperty() {
        return value;
    }

    /** The earliest date and time the user may pick, or null. */
    public @Nullable LocalDateTime getStart() {
        return start.get();
    }

    /** Sets the earliest date and time the user may pick (null for none). */
    public void setStart(@Nullable LocalDateTime value) {
        start.set(value);
    }

    /** The {@code start} parameter. */
    public Param<LocalDateTime> startProperty() {
        return start;
    }

    /** The latest date and time the user may pick, or null. */
    public @Nullable LocalDateTime getEnd() {
        return end.get();
    }

    /** Sets the latest date and time the user may pick (null for none). */
    public void setEnd(@Nullable LocalDateTime value) {
        end.set(value);
    }

    /** The {@code end} parameter. */
    public Param<LocalDateTime> endProperty() {
        return end;
    }
}
