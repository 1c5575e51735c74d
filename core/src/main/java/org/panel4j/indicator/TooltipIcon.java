package org.panel4j.indicator;

import org.panel4j.component.Component;
import org.panel4j.param.HasValue;
import org.panel4j.param.Param;

/** A small ⓘ icon that shows its text as a tooltip on hover or keyboard focus (Panel's {@code widgets.TooltipIcon}). */
public final class TooltipIcon extends Component implements HasValue<String> {

    private final Param<String> value = Param.builder(this, "value", String.class).value("")
            .doc("The tooltip's text, shown as text.").build();

    /** An icon whose tooltip says {@code text}. */
    public TooltipIcon(String text) {
        value.set(text);
    }

    @Override
    public Param<String> valueProperty() {
        return value;
    }
}
