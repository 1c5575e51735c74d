package org.panel4j.widget;

import org.jspecify.annotations.Nullable;
import org.panel4j.param.HasValue;
import org.panel4j.param.Param;

/**
 * A number field ({@code <input type="number">}) for whole numbers; the browser sets {@code value} when the
 * user commits a number (Enter, leaving the field, the arrows), or null when the field is emptied. The
 * server refuses a number that is not whole, or a value outside {@code start}..{@code end} (either may be null: no bound).
 */
public final class IntInput extends Widget implements HasValue<Integer> {

    private final Param<Integer> start = Param.builder(this, "start", Integer.class).nullable()
            .doc("The lowest value, or null for none.").build();
    private final Param<Integer> end = Param.builder(this, "end", Integer.class).nullable()
            .doc("The highest value, or null for none.").build();
    private final Param<Integer> step = Param.builder(this, "step", Integer.class).value(1)
            .check(v -> v <= 0 ? "must be more than 0" : null).doc("The amount the arrows add or take.").build();
    private final Param<Integer> value = Param.builder(this, "value", Integer.class).value(0).nullable().clientWritable()
            .bounds(this::getStart, this::getEnd).doc("The number entered, or null while the field is empty.").build();

    /** A field at 0 without bounds. */
    public IntInput() {}

    /** A field labelled {@code name} at 0 without bounds. */
    public IntInput(String name) {
        setName(name);
    }

    /**
     * A field labelled {@code name} for {@code start..end} (either null: no bound) at {@code initial}.
     *
     * @throws IllegalArgumentException if start is above end or initial is outside them
     */
    public IntInput(String name, @Nullable Integer start, @Nullable Integer end, @Nullable Integer initial) {
        if (start != null && end != null && start > end) {
            throw new IllegalArgumentException("IntInput.start must be at most end (" + end + "), not " + start);
        }
        setName(name);
        this.start.set(start);
        this.end.set(end);
        value.set(initial);
    }

    @Override
    public Param<Integer> valueProperty() {
        return value;
    }

    /** The lowest value, or null for none. */
    public @Nullable Integer getStart() {
        return start.get();
    }

    /** Sets the lowest value (null: none). @throws IllegalArgumentException if the value is not acceptable */
    public void setStart(@Nullable Integer value) {
        start.set(value);
    }

    /** The {@code start} parameter. */
    public Param<Integer> startProperty() {
        return start;
    }

    /** The highest value, or null for none. */
    public @Nullable Integer getEnd() {
        return end.get();
    }

    /** Sets the highest value (null: none). @throws IllegalArgumentException if the value is not acceptable */
    public void setEnd(@Nullable Integer value) {
        end.set(value);
    }

    /** The {@code end} parameter. */
    public Param<Integer> endProperty() {
        return end;
    }

    /** The amount the arrows add or take. */
    public int getStep() {
        return step.get();
    }

    /** Sets the amount the arrows add or take (above 0). @throws IllegalArgumentException if the value is not acceptable */
    public void setStep(int value) {
        step.set(value);
    }

    /** The {@code step} parameter. */
    public Param<Integer> stepProperty() {
        return step;
    }
}
