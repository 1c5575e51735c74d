package org.panel4j.widget;

import java.time.LocalDate;
import org.panel4j.param.HasValue;
import org.panel4j.param.Param;

/**
 * A slider over the days from {@code start} to {@code end}; while the user drags (or presses the arrow
 * keys), the browser sets {@code value} (throttled). The value is a calendar date with no time and no
 * time zone. Client input must be a real date written {@code 2026-02-28} within {@code start}..{@code end};
 * anything else is refused ({@code invalid_value}) and changes nothing.
 */
public final class DateSlider extends Widget implements HasValue<LocalDate> {

    private final Param<LocalDate> start = Param.builder(this, "start", LocalDate.class).value(LocalDate.ofEpochDay(0))
            .doc("The first day.").build();
    private final Param<LocalDate> end = Param.builder(this, "end", LocalDate.class).value(LocalDate.ofEpochDay(0))
            .doc("The last day.").build();
    private final Param<LocalDate> value = Param.builder(this, "value", LocalDate.class).value(LocalDate.ofEpochDay(0))
            .clientWritable().bounds(this::getStart, this::getEnd)
            .doc("The day selected (a calendar date, no zone).").build();

    /** A slider from {@code start} to {@code end} at {@code start}. */
    public DateSlider(LocalDate start, LocalDate end) {
        this(start, end, start);
    }

    /**
     * A slider from {@code start} to {@code end} at {@code initial}.
     *
     * @throws IllegalArgumentException if {@code start} is after {@code end} or {@code initial} is outside them
     */
    public DateSlider(LocalDate start, LocalDate end, LocalDate initial) {
        if (start.isAfter(end)) {
            throw new IllegalArgumentException("DateSlider.start must be at most end (" + end + "), not " + start);
        }
        this.start.set(start);
        this.end.set(end);
        value.set(initial);
    }

    @Override
    public Param<LocalDate> valueProperty() {
        return value;
    }

    /** The first day. */
    public LocalDate getStart() {
        return start.get();
    }

    /** Sets the first day. @throws IllegalArgumentException if the value is not acceptable */
    public void setStart(LocalDate value) {
        start.set(value);
    }

    /** The {@code start} parameter. */
    public Param<LocalDate> startProperty() {
        return start;
    }

    /** The last day. */
    public LocalDate getEnd() {
        return end.get();
    }

    /** Sets the last day. @throws IllegalArgumentException if the value is not acceptable */
    public void setEnd(LocalDate value) {
        end.set(value);
    }

    /** The {@code end} parameter. */
    public Param<LocalDate> endProperty() {
        return end;
    }
}
