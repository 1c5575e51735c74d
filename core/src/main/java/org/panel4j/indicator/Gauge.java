package org.panel4j.indicator;

import java.util.List;

/**
 * A round dial from {@code bounds[0]} to {@code bounds[1]} with the value written in its middle
 * (Panel's {@code indicators.Gauge}); the arc takes the colour of the scale at the value's fraction.
 *
 * {@snippet :
 * var load = new Gauge("Load", 72).colors(ColorThreshold.of(0.5, "green"), ColorThreshold.of(0.8, "gold"), ColorThreshold.of(1, "red"));
 * }
 */
public final class Gauge extends GaugeIndicator {

    /** A gauge named {@code name} at {@code value} out of 0 to 100, written as {@code {value}%}. */
    public Gauge(String name, double value) {
        super(name, value, "{value}%");
    }

    /** Sets the colour scale (fractions of the range); returns this for chaining. */
    public Gauge colors(ColorThreshold... scale) {
        setColors(List.of(scale));
        return this;
    }

    /** Sets the range; returns this for chaining. */
    public Gauge bounds(double min, double max) {
        setBounds(List.of(min, max));
        return this;
    }
}
