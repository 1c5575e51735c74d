package org.panel4j.widget;

/** A slider over numbers with a number box; see {@link EditableNumberSlider} for its soft and hard bounds. */
public final class EditableFloatSlider extends EditableNumberSlider<Double> {

    /** A slider from {@code start} to {@code end} (soft bounds) at {@code initial}, without hard bounds. */
    public EditableFloatSlider(double start, double end, double initial) {
        super(Double.class, 0.0, 0.1);
        init(start, end, initial);
    }
}
