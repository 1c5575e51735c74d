package org.panel4j.widget;

import java.util.List;
import java.util.Map;
import org.panel4j.param.Param;

/**
 * A list box showing {@code size} options at a time, of which the user selects several (Ctrl/Shift-click);
 * {@code value} lists the options selected, each once.
 *
 * @param <T> the type of the values
 */
public final class MultiSelect<T> extends MultiValueChoice<T> {

    private final Param<Integer> size = Param.builder(this, "size", Integer.class).value(4)
            .check(v -> v < 1 || v > 100 ? "must be from 1 to 100" : null)
            .doc("The options visible at once (the list scrolls).").build();

    /** A list box over {@code options}, each shown by its {@code toString}, none selected. */
    public MultiSelect(List<? extends T> options) {
        super(ChoiceOptions.labelled(options));
    }

    /** A list box over {@code options}, label → value in the map's order, none selected. */
    public MultiSelect(Map<String, ? extends T> options) {
        super(options);
    }

    /** The options visible at once. */
    public int getSize() {
        return size.get();
    }

    /** Sets the options visible at once (1 to 100). */
    public void setSize(int value) {
        size.set(value);
    }

    /** The {@code size} parameter. */
    public Param<Integer> sizeProperty() {
        return size;
    }
}
