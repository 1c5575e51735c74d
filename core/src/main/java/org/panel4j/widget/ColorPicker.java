package org.panel4j.widget;

import java.util.regex.Pattern;
import org.panel4j.param.HasValue;
import org.panel4j.param.Param;
import org.panel4j.param.WireTypes;

/** A colour chooser ({@code <input type="color">}); {@code value} is a colour like {@code "#1f77b4"}. */
public final class ColorPicker extends Widget implements HasValue<String> {

    private static final Pattern HEX = Pattern.compile("#[0-9a-fA-F]{6}");

    private final Param<String> value = Param.builder(this, "value", WireTypes.HEX_COLOR).value("#000000")
            .clientWritable().check(v -> HEX.matcher(v).matches() ? null : "must be a colour like #1f77b4")
            .doc("The colour chosen, as #rrggbb.").build();

    /** A picker at black. */
    public ColorPicker() {}

    /** A picker labelled {@code name} at black. */
    public ColorPicker(String name) {
        setName(name);
    }

    @Override
    public Param<String> valueProperty() {
        return value;
    }
}
