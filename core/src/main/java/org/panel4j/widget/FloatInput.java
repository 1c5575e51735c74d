package org.panel4j.widget;

import org.jspecify.annotations.Nullable;
import org.panel4j.param.HasValue;
import org.panel4j.param.Param;

/**
 * A number field ({@code <input type="number">}) for numbers; the browser sets {@code value} when the
 * user commits a number (Enter, leaving the field, the arrows), or null when the field is emptied. The
 * server refuses a number that is not finite, or a value outside {@code start}..{@code end} (either may be null: no bound).
 */
public final class FloatInput extends Widget implements HasValue<Double> {

    private final Param<Double> start = Param.builder(this, "start", Double.class).nullable()
            .doc("The lowest value, or null for none.").build();
    private final Param<Double> end = Param.builder(this, "end", Double.class).nullable()
            .doc("The highest value, or null for none.").build();
    private final Param<Double> step = Param.builder(this, "step", Double.class).value(0.1)
            .check(v -> v <= 0 ? "must be more than 0" : null).doc("The amount the arrows add or take.").build();
    private final Param<Double> value = Param.builder(this, "value", Double.class).value(0.0).nullable().clientWritable()
            .bounds(this::getStart, this::getEnd).doc("The number entered, or null while the field is empty.").build();

    /** A field at 0 without bounds. */
    public FloatInput() {}

    /** A field labelled {@code name} at 0 without bounds. */
    public FloatInput(String name) {
        setName(name);
    }

    /**
     * A field labelled {@code name} for {@code start..end} (either null: no bound) at {@code initial}.
     *
     * @throws IllegalArgumentException if start is above end or initial is outside them
     */
    public FloatInput(String name, @Nullable Double start, @Nullable Double end, @Nullable Double initial) {
        if (start != null && end != null && start > end) {
            throw new IllegalArgumentException("FloatInput.start must be at most end (" + end + "), not " + start);
        }
        setName(name);
        this.start.set(start);
        this.end.set(end);
        value.set(initial);
    }

    @Override
    public Param<Double> valueProperty() {
        return value;
    }

    /** The lowest value, or null for none. */
    public @Nullable Double getStart() {
        return start.get();
    }

    /** Sets the lowest value (null: none). @throws IllegalArgumentException if the value is not acceptable */
    public void setStart(@Nullable Double value) {
        start.set(value);
    }

    /** The {@code start} parameter. */
    public Param<Double> startProperty() {
        return start;
    }

    /** The highest value, or null for none. */
    public @Nullable Double getEnd() {
        return end.get();
    }

    /** Sets the highest value (null: none). @throws IllegalArgumentException if the value is not acceptable */
    public void setEnd(@Nullable Double value) {
        end.set(value);
    }

    /** The {@code end} parameter. */
    public Param<Double> endProperty() {
        return end;
    }

    /** The amount the arrows add or take. */
    public double getStep() {
        return step.get();
    }

    /** Sets the amount the arrows add or take (above 0). @throws IllegalArgumentException if the value is not acceptable */
    public void setStep(double value) {
        step.set(value);
    }

    /** The {@code step} parameter. */
    public Param<Double> stepProperty() {
        return step;
    }
}
