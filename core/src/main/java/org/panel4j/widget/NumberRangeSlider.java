package org.panel4j.widget;

import org.jspecify.annotations.Nullable;
import org.panel4j.param.HasValue;
import org.panel4j.param.Param;
import org.panel4j.param.ReadOnlyParam;
import org.panel4j.param.WireType;

/**
 * The base of sliders with two handles over numbers ({@link IntRangeSlider}, {@link RangeSlider},
 * {@link EditableRangeSlider}): the value is a {@link Span}. While the user drags a handle, the browser
 * sets {@code value} (throttled); on release it sets {@code valueThrottled} too. Client input must be two
 * numbers of the slider's type, the second not below the first, both within
 * {@link #lowestValue()}..{@link #highestValue()}; anything else is refused ({@code invalid_value}).
 *
 * @param <T> {@link Integer} or {@link Double}
 */
public abstract class NumberRangeSlider<T extends Number & Comparable<T>> extends NumberWidget<T>
        implements HasValue<Span<T>> {

    private final Param<Span<T>> value;
    private final Param<Span<T>> valueThrottled;

    /** Declares the parameters; the subclass then calls {@link #init}. */
    protected NumberRangeSlider(Class<T> type, WireType<Span<T>> wire, T zero, T defaultStep) {
        super(type, zero, defaultStep);
        value = Param.builder(this, "value", wire).value(Span.of(zero, zero)).clientWritable()
                .check(this::outOfBounds).doc("The selected span.").build();
        valueThrottled = Param.builder(this, "valueThrottled", wire).value(Span.of(zero, zero)).readOnly()
                .clientWritable().check(this::outOfBounds).doc("The span when the user released a handle.").build();
    }

    /** Sets bounds and value. @throws IllegalArgumentException if start is above end or the span outside them */
    protected final void init(T first, T last, Span<T> initial) {
        initBounds(first, last);
        value.set(initial);
        setByOwner(valueThrottled, initial);
    }

    private @Nullable String outOfBounds(Span<T> span) {
        T lo = lowestValue();
        T hi = highestValue();
        if (lo != null && span.start().compareTo(lo) < 0) {
            return "must start at or above " + lo;
        }
        if (hi != null && span.end().compareTo(hi) > 0) {
            return "must end at or below " + hi;
        }
        return null;
    }

    /** The lowest value the browser may send: {@code start}. */
    protected @Nullable T lowestValue() {
        return getStart();
    }

    /** The highest value the browser may send: {@code end}. */
    protected @Nullable T highestValue() {
        return getEnd();
    }

    @Override
    public Param<Span<T>> valueProperty() {
        return value;
    }

    /** The span when the user last released a handle. */
    public Span<T> getValueThrottled() {
        return valueThrottled.get();
    }

    /** The read-only {@code valueThrottled} parameter: the span on release. */
    public ReadOnlyParam<Span<T>> valueThrottledProperty() {
        return valueThrottled;
    }
}
