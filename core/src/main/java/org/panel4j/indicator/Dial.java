package org.panel4j.indicator;

import java.util.List;

/**
 * A dial with a needle (Panel's {@code indicators.Dial}): the scale from {@code bounds[0]} to
 * {@code bounds[1]} drawn as coloured bands (its colour thresholds), the needle at the value, and the
 * value written below.
 *
 * {@snippet :
 * var pressure = new Dial("Pressure", 3.2).bounds(0, 6)
 *         .colors(ColorThreshold.of(0.6, "green"), ColorThreshold.of(0.85, "gold"), ColorThreshold.of(1, "red"));
 * }
 */
public final class Dial extends GaugeIndicator {

    /** A dial named {@code name} at {@code value} out of 0 to 100. */
    public Dial(String name, double value) {
        super(name, value, "{value}");
    }

    /** Sets the colour bands (fractions of the range, each up to its threshold); returns this for chaining. */
    public Dial colors(ColorThreshold... scale) {
        setColors(List.of(scale));
        return this;
    }

    /** Sets the range; returns this for chaining. */
    public Dial bounds(double min, double max) {
        setBounds(List.of(min, max));
        return this;
    }
}
