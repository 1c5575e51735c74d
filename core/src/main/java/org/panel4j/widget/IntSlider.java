package org.panel4j.widget;

import org.panel4j.param.HasValue;
import org.panel4j.param.Param;
import org.panel4j.param.ReadOnlyParam;

/**
 * A slider over whole numbers from {@code start} to {@code end}. While the user drags, the browser
 * sets {@code value} (throttled); on release it sets {@code valueThrottled} too.
 */
public final class IntSlider extends Widget implements HasValue<Integer> {

    private final Param<Integer> start = Param.builder(this, "start", Integer.class).value(0).doc("The lowest value.").build();
    private final Param<Integer> end = Param.builder(this, "end", Integer.class).value(1).doc("The highest value.").build();
    private final Param<Integer> step = Param.builder(this, "step", Integer.class).value(1)
            .check(v -> v <= 0 ? "must be at least 1" : null).doc("The distance between values.").build();
    private final Param<Integer> value = Param.builder(this, "value", Integer.class).value(0).clientWritable()
            .bounds(this::getStart, this::getEnd).doc("The selected value.").build();
    private final Param<Integer> valueThrottled = Param.builder(this, "valueThrottled", Integer.class).value(0)
            .readOnly().clientWritable().bounds(this::getStart, this::getEnd)
            .doc("The value when the user released the slider.").build();

    /** A slider from {@code start} to {@code end} at {@code start}. */
    public IntSlider(int start, int end) {
        this(start, end, start);
    }

    /** A slider from {@code start} to {@code end} at {@code initial}. */
    public IntSlider(int start, int end, int initial) {
        if (start > end) {
            throw new IllegalArgumentException("IntSlider.start must be at most end (" + end + "), not " + start);
        }
        this.end.set(end);
        this.start.set(start);
        value.set(initial);
        setByOwner(valueThrottled, initial);
    }

    @Override
    public Param<Integer> valueProperty() {
        return value;
    }

    /** The lowest value. */
    public int getStart() {
        return start.get();
    }

    /** The highest value. */
    public int getEnd() {
        return end.get();
    }

    /** Sets the lowest value. @throws IllegalArgumentException if the value is not acceptable */
    public void setStart(int value) {
        start.set(value);
    }

    /** The {@code start} parameter. */
    public Param<Integer> startProperty() {
        return start;
    }

    /** Sets the highest value. @throws IllegalArgumentException if the value is not acceptable */
    public void setEnd(int value) {
        end.set(value);
    }

    /** The {@code end} parameter. */
    public Param<Integer> endProperty() {
        return end;
    }

    /** The distance between values. */
    public int getStep() {
        return step.get();
    }

    /** Sets the distance between values. @throws IllegalArgumentException if the value is not acceptable */
    public void setStep(int value) {
        step.set(value);
    }

    /** The {@code step} parameter. */
    public Param<Integer> stepProperty() {
        return step;
    }

    /** The value when the user last released the slider. */
    public int getValueThrottled() {
        return valueThrottled.get();
    }

    /** The read-only {@code valueThrottled} parameter: the value on release. */
    public ReadOnlyParam<Integer> valueThrottledProperty() {
        return valueThrottled;
    }
}
