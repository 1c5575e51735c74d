package org.panel4j.widget;

import java.time.LocalDate;
import org.panel4j.param.Param;

/**
 * A slider with two handles over the days from {@code start} to {@code end}, {@code step} days apart; the
 * value is a {@link DateRange} (calendar dates, no time, no zone). See {@link TemporalRangeSlider} for
 * how the browser sets it ({@link DateRange#WIRE}).
 */
public final class DateRangeSlider extends TemporalRangeSlider<LocalDate, DateRange> {

    private final Param<Integer> step = Param.builder(this, "step", Integer.class).value(1)
            .check(v -> v < 1 ? "must be at least 1 (day)" : null).doc("The days between handle positions.").build();

    /** A slider from {@code start} to {@code end} spanning all of it. */
    public DateRangeSlider(LocalDate start, LocalDate end) {
        this(start, end, new DateRange(start, end));
    }

    /** A slider from {@code start} to {@code end} spanning {@code initial}. @throws IllegalArgumentException if not acceptable */
    public DateRangeSlider(LocalDate start, LocalDate end, DateRange initial) {
        super(LocalDate.class, DateRange.WIRE, DateRange::start, DateRange::end, start, end, initial);
    }

    /** The days between handle positions. */
    public int getStep() {
        return step.get();
    }

    /** Sets the days between handle positions (at least 1). @throws IllegalArgumentException if not acceptable */
    public void setStep(int value) {
        step.set(value);
    }

    /** The {@code step} parameter (days). */
    public Param<Integer> stepProperty() {
        return step;
    }
}
