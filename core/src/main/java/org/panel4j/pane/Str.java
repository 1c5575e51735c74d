package org.panel4j.pane;

import org.panel4j.component.Component;
import org.panel4j.param.HasValue;
import org.panel4j.param.Param;

/** Plain, preformatted text, shown as text (Panel's {@code pane.Str}). */
public final class Str extends Component implements HasValue<String> {

    private final Param<String> object = Param.builder(this, "object", String.class).value("")
            .doc("The text shown.").build();

    /** Shows {@code text}. */
    public Str(String text) {
        object.set(text);
    }

    /** The shown text; {@code value} is {@code object} for panes. */
    @Override
    public Param<String> valueProperty() {
        return object;
    }
}
