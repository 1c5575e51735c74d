package org.panel4j.layout;

import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.panel4j.component.Component;
import org.panel4j.pane.Panes;

/**
 * A slot whose content the app swaps with {@link #update} (Panel's {@code pane.Placeholder}; a layout
 * here, as it holds a component): it
 * shows one object, wrapped by {@link Panes#panel}, in every session that shows the placeholder.
 */
public final class Placeholder extends Layout {

    /** A placeholder showing {@code object} (a String becomes Markdown). */
    public Placeholder(Object object) {
        super(object);
    }

    /** An empty placeholder. */
    public Placeholder() {
        super();
    }

    /** Shows {@code object} instead of what is shown now. */
    public void update(Object object) {
        setChildren(Objects.requireNonNull(object, "object"));
    }

    /** What is shown, or null when empty. */
    public @Nullable Component getObject() {
        var children = children();
        return children.isEmpty() ? null : children.get(0);
    }
}
