package org.panel4j.widget;

import org.jspecify.annotations.Nullable;
import org.panel4j.param.HasValue;
import org.panel4j.param.Param;

/**
 * The base of number fields ({@link IntInput}, {@link FloatInput}, {@link NumberInput}): a value that
 * may be null while the field is empty, within {@code start}..{@code end} (either may be null: no
 * bound). Client input of the wrong type (a fraction for a whole number, text, a non-finite number) or
 * outside the bounds is refused ({@code invalid_value}) and changes nothing.
 *
 * @param <T> {@link Integer} or {@link Double}
 */
public abstract class NumberField<T extends Number & Comparable<T>> extends NumberWidget<T> implements HasValue<T> {

    private final Param<T> value;

    /** Declares the parameters, the value {@code zero} and no bounds. */
    protected NumberField(Class<T> type, T zero, T defaultStep) {
        super(type, null, defaultStep);
        value = Param.builder(this, "value", type).value(zero).nullable().clientWritable()
                .bounds(this::getStart, this::getEnd).doc("The number entered, or null while the field is empty.").build();
    }

    /**
     * Labels the field and sets its bounds and value.
     *
     * @throws IllegalArgumentException if start is above end or initial is outside them
     */
    protected final void init(String name, @Nullable T first, @Nullable T last, @Nullable T initial) {
        setName(name);
        initBounds(first, last);
        value.set(initial);
    }

    @Override
    public Param<T> valueProperty() {
        return value;
    }
}
