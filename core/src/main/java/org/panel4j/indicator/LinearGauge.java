package org.panel4j.indicator;

import java.util.List;
import org.panel4j.param.Param;

/**
 * A bar filled from {@code bounds[0]} up to the value (Panel's {@code indicators.LinearGauge}),
 * upright by default or lying when {@code horizontal}; the fill takes the colour of the scale at the
 * value's fraction.
 */
public final class LinearGauge extends GaugeIndicator {

    private final Param<Boolean> horizontal = Param.builder(this, "horizontal", Boolean.class).value(false)
            .doc("Whether the bar lies (left to right) rather than stands (bottom to top).").build();

    /** An upright gauge named {@code name} at {@code value} out of 0 to 100, written as it is. */
    public LinearGauge(String name, double value) {
        super(name, value, "{value}");
    }

    /** Sets the colour scale (fractions of the range); returns this for chaining. */
    public LinearGauge colors(ColorThreshold... scale) {
        setColors(List.of(scale));
        return this;
    }

    /** Sets the range; returns this for chaining. */
    public LinearGauge bounds(double min, double max) {
        setBounds(List.of(min, max));
        return this;
    }

    /** Whether the bar lies left to right. */
    public boolean isHorizontal() {
        return horizontal.get();
    }

    /** Lays the bar down (true) or stands it up (false). */
    public void setHorizontal(boolean value) {
        horizontal.set(value);
    }

    /** The {@code horizontal} parameter. */
    public Param<Boolean> horizontalProperty() {
        return horizontal;
    }
}
