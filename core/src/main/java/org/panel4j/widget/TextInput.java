package org.panel4j.widget;

import org.panel4j.param.Param;

/** A one-line text field; the browser sets {@code value} as the user types (debounced) or leaves it. */
public final class TextInput extends TextField {

    private final Param<String> value = Param.builder(this, "value", String.class).value("").clientWritable()
            .check(v -> v.length() > 100_000 ? "must be at most 100000 characters long" : null)
            .doc("The text entered.").build();

    /** An empty field. */
    public TextInput() {}

    /** An empty field labelled {@code name}. */
    public TextInput(String name) {
        setName(name);
    }

    @Override
    public Param<String> valueProperty() {
        return value;
    }
}
