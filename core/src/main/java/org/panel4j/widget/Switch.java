package org.panel4j.widget;

import org.panel4j.param.HasValue;
import org.panel4j.param.Param;

/** A toggle switch ({@code role="switch"}) with a label in {@code name}; a click flips {@code value}. */
public final class Switch extends Widget implements HasValue<Boolean> {

    private final Param<Boolean> value = Param.builder(this, "value", Boolean.class).value(false).clientWritable()
            .doc("Whether it is on.").build();

    /** An unlabelled switch, off. */
    public Switch() {}

    /** A switch labelled {@code name}, off. */
    public Switch(String name) {
        setName(name);
    }

    @Override
    public Param<Boolean> valueProperty() {
        return value;
    }
}
