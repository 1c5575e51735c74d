package org.panel4j.widget;

/** A slider with two handles over numbers; see {@link NumberRangeSlider} for how the browser sets it. */
public final class RangeSlider extends NumberRangeSlider<Double> {

    /** A slider from {@code start} to {@code end} spanning all of it. */
    public RangeSlider(double start, double end) {
        this(start, end, start, end);
    }

    /**
     * A slider from {@code start} to {@code end} spanning {@code low}..{@code high}.
     *
     * @throws IllegalArgumentException if start is above end, low above high, or either outside the bounds
     */
    public RangeSlider(double start, double end, double low, double high) {
        super(Double.class, Span.DOUBLES, 0.0, 0.1);
        init(start, end, Span.of(low, high));
    }
}
