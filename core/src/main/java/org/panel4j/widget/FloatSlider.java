package org.panel4j.widget;

/** A slider over numbers from {@code start} to {@code end} by {@code step}; see {@link NumberSlider} for how the browser sets it. */
public final class FloatSlider extends NumberSlider<Double> {

    /** A slider from {@code start} to {@code end} at {@code initial}. @throws IllegalArgumentException if start is above end */
    public FloatSlider(double start, double end, double initial) {
        super(Double.class, 0.0, 0.1);
        init(start, end, initial);
    }
}
