package org.panel4j.widget;

import org.panel4j.param.Param;

/**
 * A one-line field whose text is hidden ({@code <input type="password">}); the browser sets {@code value}
 * as the user types (debounced) or leaves it. The value is secret: errors and messages never show it.
 */
public final class PasswordInput extends TextField {

    private final Param<String> value = Param.builder(this, "value", String.class).value("").clientWritable().secret()
            .check(v -> v.length() > 10_000 ? "must be at most 10000 characters long" : null)
            .doc("The password entered.").build();

    /** An empty field. */
    public PasswordInput() {}

    /** An empty field labelled {@code name}. */
    public PasswordInput(String name) {
        setName(name);
    }

    @Override
    public Param<String> valueProperty() {
        return value;
    }
}
