package org.panel4j.widget;

import org.panel4j.param.HasValue;
import org.panel4j.param.Param;

/** Text shown as text (never as HTML), with an optional label in {@code name}. */
public final class StaticText extends Widget implements HasValue<String> {

    private final Param<String> value = Param.builder(this, "value", String.class).value("")
            .doc("The text shown.").build();

    /** Empty text. */
    public StaticText() {}

    /** Shows {@code text}. */
    public StaticText(String text) {
        value.set(text);
    }

    @Override
    public Param<String> valueProperty() {
        return value;
    }
}
