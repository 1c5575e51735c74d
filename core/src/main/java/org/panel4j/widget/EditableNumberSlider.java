package org.panel4j.widget;

import org.jspecify.annotations.Nullable;
import org.panel4j.param.Param;

/**
 * The base of {@link EditableIntSlider} and {@link EditableFloatSlider}: a slider with a number box. As
 * in Panel, {@code start}..{@code end} are soft bounds: a value typed outside them extends them, within
 * the optional hard bounds {@code fixedStart}..{@code fixedEnd} (null: none). Client input outside the
 * hard bounds is refused ({@code invalid_value}) and changes nothing.
 *
 * @param <T> {@link Integer} or {@link Double}
 */
public abstract class EditableNumberSlider<T extends Number & Comparable<T>> extends NumberSlider<T> {

    private final Param<T> fixedStart;
    private final Param<T> fixedEnd;

    /** Declares the parameters; the subclass then calls {@link #init}. */
    protected EditableNumberSlider(Class<T> type, T zero, T defaultStep) {
        super(type, zero, defaultStep);
        fixedStart = Param.builder(this, "fixedStart", type).nullable()
                .check(v -> getStart() != null && v.compareTo(getStart()) > 0 ? "must be at most start (" + getStart() + ")" : null)
                .doc("The lowest value a user may type, or null for none.").build();
        fixedEnd = Param.builder(this, "fixedEnd", type).nullable()
                .check(v -> getEnd() != null && v.compareTo(getEnd()) < 0 ? "must be at least end (" + getEnd() + ")" : null)
                .doc("The highest value a user may type, or null for none.").build();
    }

    @Override
    protected @Nullable T lowestValue() {
        return fixedStart == null ? getStart() : fixedStart.get();
    }

    @Override
    protected @Nullable T highestValue() {
        return fixedEnd == null ? getEnd() : fixedEnd.get();
    }

    /** Extends the soft bounds to a new value outside them, before watchers of the value run. */
    @Override
    protected void onParamChanged(Param<?> param) {
        super.onParamChanged(param);
        if (param == valueProperty()) {
            T v = getValue();
            if (v.compareTo(getStart()) < 0) {
                setStart(v);
            } else if (v.compareTo(getEnd()) > 0) {
                setEnd(v);
            }
        }
    }

    /** The lowest value a user may type, or null for none. */
    public @Nullable T getFixedStart() {
        return fixedStart.get();
    }

    /** Sets the lowest value a user may type (null: none; at most start). @throws IllegalArgumentException if not acceptable */
    public void setFixedStart(@Nullable T value) {
        fixedStart.set(value);
    }

    /** The {@code fixedStart} parameter: the hard lower bound. */
    public Param<T> fixedStartProperty() {
        return fixedStart;
    }

    /** The highest value a user may type, or null for none. */
    public @Nullable T getFixedEnd() {
        return fixedEnd.get();
    }

    /** Sets the highest value a user may type (null: none; at least end). @throws IllegalArgumentException if not acceptable */
    public void setFixedEnd(@Nullable T value) {
        fixedEnd.set(value);
    }

    /** The {@code fixedEnd} parameter: the hard upper bound. */
    public Param<T> fixedEndProperty() {
        return fixedEnd;
    }
}
