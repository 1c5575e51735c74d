package org.panel4j.widget;

import org.panel4j.param.HasValue;
import org.panel4j.param.Param;

/**
 * A one-line field whose text is hidden ({@code <input type="password">}); the browser sets {@code value}
 * as the user types (debounced) or leaves it. The value is secret: errors and messages never show it.
 */
public final class PasswordInput extends Widget implements HasValue<String> {

    private final Param<String> value = Param.builder(this, "value", String.class).value("").clientWritable().secret()
            .check(v -> v.length() > 10_000 ? "must be at most 10000 characters long" : null)
            .doc("The password entered.").build();
    private final Param<String> placeholder = Param.builder(this, "placeholder", String.class).value("")
            .doc("Hint shown while empty.").build();

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

    /** The hint shown while the input is empty. */
    public String getPlaceholder() {
        return placeholder.get();
    }

    /** Sets the hint shown while the input is empty. */
    public void setPlaceholder(String value) {
        placeholder.set(value);
    }

    /** The {@code placeholder} parameter. */
    public Param<String> placeholderProperty() {
        return placeholder;
    }
}
