package org.panel4j.widget;

import java.time.Duration;
import java.time.LocalDateTime;
import org.panel4j.param.Param;

/**
 * A slider with two handles over dates and times from {@code start} to {@code end}, {@code step} apart
 * (a minute by default); the value is a {@link Span} of wall-clock times (no zone). See
 * {@link TemporalRangeSlider} for how the browser sets it ({@link Span#DATE_TIMES}).
 */
public final class DatetimeRangeSlider extends TemporalRangeSlider<LocalDateTime, Span<LocalDateTime>> {

    private final Param<Duration> step = Param.builder(this, "step", Duration.class).value(Duration.ofMinutes(1))
            .toWire(Duration::toMillis)
            .check(v -> v.compareTo(Duration.ofSeconds(1)) < 0 ? "must be at least a second" : null)
            .doc("The time between handle positions (sent in ms).").build();

    /** A slider from {@code start} to {@code end} spanning all of it. */
    public DatetimeRangeSlider(LocalDateTime start, LocalDateTime end) {
        this(start, end, Span.of(start, end));
    }

    /** A slider from {@code start} to {@code end} spanning {@code initial}. @throws IllegalArgumentException if not acceptable */
    public DatetimeRangeSlider(LocalDateTime start, LocalDateTime end, Span<LocalDateTime> initial) {
        super(LocalDateTime.class, Span.DATE_TIMES, Span::start, Span::end, start, end, initial);
    }

    /** The time between handle positions. */
    public Duration getStep() {
        return step.get();
    }

    /** Sets the time between handle positions (at least a second). @throws IllegalArgumentException if not acceptable */
    public void setStep(Duration value) {
        step.set(value);
    }

    /** The {@code step} parameter. */
    public Param<Duration> stepProperty() {
        return step;
    }
}
