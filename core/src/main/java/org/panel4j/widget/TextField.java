package org.panel4j.widget;

import org.panel4j.param.HasValue;
import org.panel4j.param.Param;

/**
 * The base of text entry widgets ({@link TextInput}, {@link PasswordInput}, {@link TextAreaInput}): a
 * {@code value} the subclass declares, with its own bound, and the {@code placeholder} shown while empty.
 */
public abstract class TextField extends Widget implements HasValue<String> {

    private final Param<String> placeholder = Param.builder(this, "placeholder", String.class).value("")
            .doc("Hint shown while empty.").build();

    /** For subclasses. */
    protected TextField() {}

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
