package org.panel4j.widget;

import org.jspecify.annotations.Nullable;
import org.panel4j.param.HasValue;
import org.panel4j.param.Param;
import org.panel4j.param.ReadOnlyParam;

/**
 * The base of sliders over one number ({@link IntSlider}, {@link FloatSlider} and their editable
 * kinds). While the user drags, the browser sets {@code value} (throttled); on release it sets
 * {@code valueThrottled} too. Client input must be a number of the slider's type within
 * {@link #lowestValue()}..{@link #highestValue()} ({@code start}..{@code end} here); anything else is
 * refused ({@code invalid_value}) and changes nothing.
 *
 * @param <T> {@link Integer} or {@link Double}
 */
public abstract class NumberSlider<T extends Number & Comparable<T>> extends NumberWidget<T> implements HasValue<T> {

    private final Param<T> value;
    private final Param<T> valueThrottled;

    /** Declares the parameters; the subclass then calls {@link #init}. */
    protected NumberSlider(Class<T> type, T zero, T defaultStep) {
        super(type, zero, defaultStep);
        value = Param.builder(this, "value", type).value(zero).clientWritable()
                .bounds(this::lowestValue, this::highestValue).doc("The selected value.").build();
        valueThrottled = Param.builder(this, "valueThrottled", type).value(zero).readOnly().clientWritable()
                .bounds(this::lowestValue, this::highestValue).doc("The value when the user released the slider.").build();
    }

    /** Sets bounds and value. @throws IllegalArgumentException if start is above end or initial outside the bounds */
    protected final void init(T first, T last, T initial) {
        initBounds(first, last);
        value.set(initial);
        setByOwner(valueThrottled, initial);
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
    public Param<T> valueProperty() {
        return value;
    }

    /** The value when the user last released the slider. */
    public T getValueThrottled() {
        return valueThrottled.get();
    }

    /** The read-only {@code valueThrottled} parameter: the value on release. */
    public ReadOnlyParam<T> valueThrottledProperty() {
        return valueThrottled;
    }
}
