package org.panel4j.widget;

import java.util.List;

/** A row of buttons of which one is pressed; {@code value} is always one of {@code options} (or null). */
public final class RadioButtonGroup extends SingleChoice {

    /** A group over {@code options}, the first chosen (none if empty). */
    public RadioButtonGroup(List<String> options) {
        super(options);
    }
}
