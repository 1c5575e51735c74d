package org.panel4j.widget;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;
import org.panel4j.param.HasValue;
import org.panel4j.param.Param;

/**
 * A date chosen in the browser's own date field ({@code <input type=date>}), sent when the user
 * commits a change. The value is the calendar date the user picked in their browser, as shown there:
 * no time and no time zone. Client input must be a real date written {@code 2026-02-28} and lie within
 * {@code start}..{@code end}; anything else is refused ({@code invalid_value}) and changes nothing.
 */
public final class DatePicker extends Widget implements HasValue<LocalDate> {

    private final Param<LocalDate> start = Param.builder(this, "start", LocalDate.class).nullable()
            .doc("The earliest date the user may pick, or null for none.").build();
    private final Param<LocalDate> end = Param.builder(this, "end", LocalDate.class).nullable()
            .doc("The latest date the user may pick, or null for none.").build();
    private final Param<LocalDate> value = Param.builder(this, "value", LocalDate.class).nullable()
            .clientWritable().bounds(this::getStart, this::getEnd)
            .doc("The date picked (the user's wall-clock date, no zone), or null while none is.").build();

    /** A picker with no date and no bounds. */
    public DatePicker() {}

    /** A picker labelled {@code name}, with no date and no bounds. */
    public DatePicker(String name) {
        setName(name);
    }

    @Override
    public Param<LocalDate> valueProperty() {
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
