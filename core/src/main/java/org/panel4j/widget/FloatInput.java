package org.panel4j.widget;

import org.jspecify.annotations.Nullable;

/**
 * A number field ({@code <input type="number">}) for numbers; the browser sets {@code value} when the
 * user commits a number (Enter, leaving the field, the arrows), or null when the field is emptied. The
 * server refuses a number that is not finite, or a value outside {@code start}..{@code end} (either may be null: no bound).
 */
public final class FloatInput extends NumberField<Double> {

    /** A field at 0 without bounds. */
    public FloatInput() {
        super(Double.class, 0.0, 0.1);
    }

    /** A field labelled {@code name} at 0 without bounds. */
    public FloatInput(String name) {
        this();
        setName(name);
    }

    /**
     * A field labelled {@code name} for {@code start..end} (either null: no bound) at {@code initial}.
     *
     * @throws IllegalArgumentException if start is above end or initial is outside them
     */
    public FloatInput(String name, @Nullable Double start, @Nullable Double end, @Nullable Double initial) {
        this();
        init(name, start, end, initial);
    }
}
