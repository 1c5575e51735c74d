package org.panel4j.widget;

import org.panel4j.param.HasValue;
import org.panel4j.param.Param;
import org.panel4j.param.ReadOnlyParam;

/** A slider over numbers from {@code start} to {@code end}; see {@link IntSlider} for how the browser sets it. */
public final class FloatSlider extends Widget implements HasValue<Double> {

    private final Param<Double> start = Param.builder(this, "start", Double.class).value(0.0).doc("The lowest value.").build();
    private final Param<Double> end = Param.builder(this, "end", Double.class).value(1.0).doc("The highest value.").build();
    private final Param<Double> step = Param.builder(this, "step", Double.class).value(0.1)
            .check(v -> v <= 0 || !Double.isFinite(v) ? "must be a positive number" : null)
            .doc("The distance between values.").build();
    private final Param<Double> value = Param.builder(this, "value", Double.class).value(0.0).clientWritable()
            .bounds(this::getStart, this::getEnd).doc("The selected value.").build();
    private final Param<Double> valueThrottled = Param.builder(this, "valueThrottled", Double.class).value(0.0)
            .readOnly().clientWritable().bounds(this::getStart, this::getEnd)
            .doc("The value when the user released the slider.").build();

    /** A slider from {@code start} to {@code end} at {@code initial}. */
    public FloatSlider(double start, double end, double initial) {
        if (!(start <= end)) {
            throw new IllegalArgumentException("FloatSlider.start must be at most end (" + end + "), not " + start);
        }
        this.end.set(end);
        this.start.set(start);
        value.set(initial);
        setByOwner(valueThrottled, initial);
    }

    @Override
    public Param<Double> valueProperty() {
        return value;
    }

    /** The lowest value. */
    public double getStart() {
        return start.get();
    }

    /** The highest value. */
    public double getEnd() {
        return end.get();
    }

    /** Sets the lowest value. @throws IllegalArgumentException if the value is not acceptable */
    public void setStart(double value) {
        start.set(value);
    }

    /** The {@code start} parameter. */
    public Param<Double> startProperty() {
        return start;
    }

    /** Sets the highest value. @throws IllegalArgumentException if the value is not acceptable */
    public void setEnd(double value) {
        end.set(value);
    }

    /** The {@code end} parameter. */
    public Param<Double> endProperty() {
        return end;
    }

    /** The distance between values. */
    public double getStep() {
        return step.get();
    }

    /** Sets the distance between values. @throws IllegalArgumentException if the value is not acceptable */
    public void setStep(double value) {
        step.set(value);
    }

    /** The {@code step} parameter. */
    public Param<Double> stepProperty() {
        return step;
    }

    /** The value when the user last released the slider. */
    public double getValueThrottled() {
        return valueThrottled.get();
    }

    /** The read-only {@code valueThrottled} parameter: the value on release. */
    public ReadOnlyParam<Double> valueThrottledProperty() {
        return valueThrottled;
    }
}
