package org.panel4j.widget;

import java.util.List;
import java.util.Map;
import org.panel4j.param.Param;

/**
 * A group of radio inputs of which one is checked; {@code value} is always one of {@code options} (or
 * null). {@code inline} puts them on one line (wrapping) instead of one under another.
 *
 * @param <T> the type of the values
 */
public final class RadioBoxGroup<T> extends SingleChoice<T> {

    private final Param<Boolean> inline = Param.builder(this, "inline", Boolean.class).value(false)
            .doc("Whether the radio inputs are in a row rather than a column.").build();

    /** A group over {@code options}, each shown by its {@code toString}, the first chosen (none if empty). */
    public RadioBoxGroup(List<? extends T> options) {
        super(ChoiceOptions.labelled(options));
    }

    /** A group over {@code options}, label → value in the map's order, the first chosen (none if empty). */
    public RadioBoxGroup(Map<String, ? extends T> options) {
        super(options);
    }

    /** Whether the inputs are in a row. */
    public boolean isInline() {
        return inline.get();
    }

    /** Puts the inputs in a row (true) or a column. */
    public void setInline(boolean value) {
        inline.set(value);
    }

    /** The {@code inline} parameter. */
    public Param<Boolean> inlineProperty() {
        return inline;
    }
}
