package org.panel4j.widget;

import java.util.List;
import java.util.Map;

/**
 * A row of toggle buttons, one per option, any number pressed; {@code value} lists the options pressed, each once.
 *
 * @param <T> the type of the values
 */
public final class CheckButtonGroup<T> extends MultiValueChoice<T> {

    /** A group over {@code options}, each shown by its {@code toString}, none chosen. */
    public CheckButtonGroup(List<? extends T> options) {
        super(ChoiceOptions.labelled(options));
    }

    /** A group over {@code options}, label → value in the map's order, none chosen. */
    public CheckButtonGroup(Map<String, ? extends T> options) {
        super(options);
    }
}
