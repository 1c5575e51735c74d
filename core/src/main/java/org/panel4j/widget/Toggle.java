package org.panel4j.widget;

import org.panel4j.param.HasValue;
import org.panel4j.param.Param;

/** A button that stays pressed or released; {@code value} is true while pressed. */
public final class Toggle extends Widget implements HasValue<Boolean> {

    private final Param<Boolean> value = Param.builder(this, "value", Boolean.class).value(false).clientWritable()
            .doc("Whether it is on.").build();

    /** An unlabelled, off Toggle. */
    public Toggle() {}

    /** An off Toggle labelled {@code name}. */
    public Toggle(String name) {
        setName(name);
    }

    @Override
    public Param<Boolean> valueProperty() {
        return value;
    }
}
