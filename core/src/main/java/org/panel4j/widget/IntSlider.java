package org.panel4j.widget;

/**
 * A slider over whole numbers from {@code start} to {@code end} by {@code step}; see
 * {@link NumberSlider} for how the browser sets it.
 */
public final class IntSlider extends NumberSlider<Integer> {

    /** A slider from {@code start} to {@code end} at {@code start}. */
    public IntSlider(int start, int end) {
        this(start, end, start);
    }

    /** A slider from {@code start} to {@code end} at {@code initial}. @throws IllegalArgumentException if start is above end */
    public IntSlider(int start, int end, int initial) {
        super(Integer.class, 0, 1);
        init(start, end, initial);
    }
}
