package org.panel4j.widget;

import org.jspecify.annotations.Nullable;
import org.panel4j.param.Param;

/**
 * A slider with two handles over numbers and a number box for each end. As in Panel,
 * {@code start}..{@code end} are soft bounds: an end typed outside them extends them, within the optional
 * hard bounds {@code fixedStart}..{@code fixedEnd} (null: none). Client input must be two numbers, the
 * second not below the first, within the hard bounds; anything else is refused ({@code invalid_value}).
 */
public final class EditableRangeSlider extends NumberRangeSlider<Double> {

    private final Param<Double> fixedStart = Param.builder(this, "fixedStart", Double.class).nullable()
            .check(v -> v > getStart() ? "must be at most start (" + getStart() + ")" : null)
            .doc("The lowest value a user may type, or null for none.").build();
    private final Param<Double> fixedEnd = Param.builder(this, "fixedEnd", Double.class).nullable()
            .check(v -> v < getEnd() ? "must be at least end (" + getEnd() + ")" : null)
            .doc("The highest value a user may type, or null for none.").build();

    /** A slider from {@code start} to {@code end} (soft bounds) spanning {@code low}..{@code high}, without hard bounds. */
    public EditableRangeSlider(double start, double end, double low, double high) {
        super(Double.class, Span.DOUBLES, 0.0, 0.1);
        init(start, end, Span.of(low, high));
    }

    @Override
    protected @Nullable Double lowestValue() {
        return fixedStart == null ? getStart() : fixedStart.get();
    }

    @Override
    protected @Nullable Double highestValue() {
        return fixedEnd == null ? getEnd() : fixedEnd.get();
    }

    /** Extends the soft bounds to a new span outside them, before watchers of the value run. */
    @Override
    protected void onParamChanged(Param<?> param) {
        super.onParamChanged(param);
        if (param == valueProperty()) {
            Span<Double> span = getValue();
            if (span.start() < getStart()) {
                setStart(span.start());
            }
            if (span.end() > getEnd()) {
                setEnd(span.end());
            }
        }
    }

    /** The lowest value a user may type, or null for none. */
    public @Nullable Double getFixedStart() {
        return fixedStart.get();
    }

    /** Sets the lowest value a user may type (null: none; at most start). @throws IllegalArgumentException if not acceptable */
    public void setFixedStart(@Nullable Double value) {
        fixedStart.set(value);
    }

    /** The {@code fixedStart} parameter: the hard lower bound. */
    public Param<Double> fixedStartProperty() {
        return fixedStart;
    }

    /** The highest value a user may type, or null for none. */
    public @Nullable Double getFixedEnd() {
        return fixedEnd.get();
    }

    /** Sets the highest value a user may type (null: none; at least end). @throws IllegalArgumentException if not acceptable */
    public void setFixedEnd(@Nullable Double value) {
        fixedEnd.set(value);
    }

    /** The {@code fixedEnd} parameter: the hard upper bound. */
    public Param<Double> fixedEndProperty() {
        return fixedEnd;
    }
}
