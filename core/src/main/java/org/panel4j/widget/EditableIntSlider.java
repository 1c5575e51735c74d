package org.panel4j.widget;

/** A slider over whole numbers with a number box; see {@link EditableNumberSlider} for its soft and hard bounds. */
public final class EditableIntSlider extends EditableNumberSlider<Integer> {

    /** A slider from {@code start} to {@code end} (soft bounds) at {@code initial}, without hard bounds. */
    public EditableIntSlider(int start, int end, int initial) {
        super(Integer.class, 0, 1);
        init(start, end, initial);
    }
}
