package org.panel4j.widget;

import org.jspecify.annotations.Nullable;
import org.panel4j.param.Param;

/**
 * The base of number widgets (sliders, number fields, spinners): {@code start}, {@code end} and
 * {@code step}, declared once for each number type. Where the widget allows it, a bound may be null
 * (no bound); a slider's bounds never are.
 *
 * @param <T> {@link Integer} or {@link Double}
 */
public abstract class NumberWidget<T extends Number & Comparable<T>> extends Widget {

    private final Param<T> start;
    private final Param<T> end;
    private final Param<T> step;

    /**
     * Declares the bounds and step.
     *
     * @param type          the number type
     * @param bound         the bounds' default, or null when they are optional (null: no bound)
     * @param defaultStep   the step's default
     */
    protected NumberWidget(Class<T> type, @Nullable T bound, T defaultStep) {
        var startBuilder = Param.builder(this, "start", type);
        var endBuilder = Param.builder(this, "end", type);
        if (bound == null) {
            start = startBuilder.nullable().doc("The lowest value, or null for none.").build();
            end = endBuilder.nullable().doc("The highest value, or null for none.").build();
        } else {
            start = startBuilder.value(bound).doc("The lowest value.").build();
            end = endBuilder.value(bound).doc("The highest value.").build();
        }
        step = Param.builder(this, "step", type).value(defaultStep)
                .check(v -> v.doubleValue() > 0 && Double.isFinite(v.doubleValue()) ? null : "must be more than 0")
                .doc("The distance between values (what the arrows add or take).").build();
    }

    /** Sets start and end, checking their order. @throws IllegalArgumentException if start is above end */
    protected final void initBounds(@Nullable T first, @Nullable T last) {
        if (first != null && last != null && first.compareTo(last) > 0) {
            throw new IllegalArgumentException(label() + ".start must be at most end (" + last + "), not " + first);
        }
        start.set(first);
        end.set(last);
    }

    /** The lowest value (null: none, where the widget allows it). */
    public @Nullable T getStart() {
        return start.get();
    }

    /** Sets the lowest value. @throws IllegalArgumentException if the value is not acceptable */
    public void setStart(@Nullable T value) {
        start.set(value);
    }

    /** The {@code start} parameter. */
    public Param<T> startProperty() {
        return start;
    }

    /** The highest value (null: none, where the widget allows it). */
    public @Nullable T getEnd() {
        return end.get();
    }

    /** Sets the highest value. @throws IllegalArgumentException if the value is not acceptable */
    public void setEnd(@Nullable T value) {
        end.set(value);
    }

    /** The {@code end} parameter. */
    public Param<T> endProperty() {
        return end;
    }

    /** The distance between values. */
    public T getStep() {
        return step.get();
    }

    /** Sets the distance between values (above 0). @throws IllegalArgumentException if the value is not acceptable */
    public void setStep(T value) {
        step.set(value);
    }

    /** The {@code step} parameter. */
    public Param<T> stepProperty() {
        return step;
    }
}
