package org.panel4j.widget;

import java.util.List;
import java.util.Map;

/**
 * A row of buttons of which one is pressed; {@code value} is always one of {@code options} (or null).
 *
 * @param <T> the type of the values
 */
public final class RadioButtonGroup<T> extends SingleChoice<T> {

    /** A group over {@code options}, each shown by its {@code toString}, the first chosen (none if empty). */
    public RadioButtonGroup(List<? extends T> options) {
        super(ChoiceOptions.labelled(options));
    }

    /** A group over {@code options}, label → value in the map's order, the first chosen (none if empty). */
    public RadioButtonGroup(Map<String, ? extends T> options) {
        super(options);
    }
}
