package org.panel4j.indicator;

import java.util.List;
import org.panel4j.component.Component;
import org.panel4j.param.HasValue;
import org.panel4j.param.Param;

/**
 * A round light, filled in its colour when {@code value} is true and only outlined when false
 * (Panel's {@code indicators.BooleanStatus}).
 */
public final class BooleanStatus extends Component implements HasValue<Boolean> {

    /** The colours, as in Panel (Bootstrap's names). */
    public static final List<String> COLORS =
            List.of("primary", "secondary", "success", "info", "danger", "warning", "light", "dark");

    private final Param<Boolean> value = Param.builder(this, "value", Boolean.class).value(false)
            .doc("Whether the light is on.").build();
    private final Param<String> color = Param.builder(this, "color", String.class).value("dark")
            .allowed(() -> COLORS).doc("The light's colour: primary, secondary, success, info, danger, warning, light or dark.")
            .build();

    /** A light of {@code color}, on if {@code on}. @throws IllegalArgumentException for an unknown colour */
    public BooleanStatus(boolean on, String color) {
        value.set(on);
        this.color.set(color);
    }

    /** A dark light, off. */
    public BooleanStatus() {
        this(false, "dark");
    }

    @Override
    public Param<Boolean> valueProperty() {
        return value;
    }

    /** The colour name. */
    public String getColor() {
        return color.get();
    }

    /** Sets the colour. @throws IllegalArgumentException unless one of {@link #COLORS} */
    public void setColor(String value) {
        color.set(value);
    }

    /** The {@code color} parameter. */
    public Param<String> colorProperty() {
        return color;
    }
}
