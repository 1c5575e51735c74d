package org.panel4j.widget;

/** A slider with two handles over whole numbers; see {@link NumberRangeSlider} for how the browser sets it. */
public final class IntRangeSlider extends NumberRangeSlider<Integer> {

    /** A slider from {@code start} to {@code end} spanning all of it. */
    public IntRangeSlider(int start, int end) {
        this(start, end, start, end);
    }

    /**
     * A slider from {@code start} to {@code end} spanning {@code low}..{@code high}.
     *
     * @throws IllegalArgumentException if start is above end, low above high, or either outside the bounds
     */
    public IntRangeSlider(int start, int end, int low, int high) {
        super(Integer.class, Span.INTS, 0, 1);
        init(start, end, Span.of(low, high));
    }
}
