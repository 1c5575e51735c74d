package org.panel4j.widget;

import java.util.List;
import java.util.Map;

/**
 * A set of check boxes, one per option; {@code value} lists the options checked, each once.
 *
 * @param <T> the type of the values
 */
public final class CheckBoxGroup<T> extends MultiValueChoice<T> {

    /** A group over {@code options}, each shown by its {@code toString}, none chosen. */
    public CheckBoxGroup(List<? extends T> options) {
        super(ChoiceOptions.labelled(options));
    }

    /** A group over {@code options}, label → value in the map's order, none chosen. */
    public CheckBoxGroup(Map<String, ? extends T> options) {
        super(options);
    }
}
