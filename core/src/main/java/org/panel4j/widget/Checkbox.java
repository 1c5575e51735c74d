package org.panel4j.widget;

import org.panel4j.param.HasValue;
import org.panel4j.param.Param;

/** A check box with a label in {@code name}. */
public final class Checkbox extends Widget implements HasValue<Boolean> {

    private final Param<Boolean> value = Param.builder(this, "value", Boolean.class).value(false).clientWritable()
            .doc("Whether it is on.").build();

    /** An unlabelled, off Checkbox. */
    public Checkbox() {}

    /** An off Checkbox labelled {@code name}. */
    public Checkbox(String name) {
        setName(name);
    }

    @Override
    public Param<Boolean> valueProperty() {
        return value;
    }
}
