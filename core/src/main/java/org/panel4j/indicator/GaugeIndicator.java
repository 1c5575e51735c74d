package org.panel4j.indicator;

import java.util.List;
import org.jspecify.annotations.Nullable;
import org.panel4j.param.Param;

/**
 * The base of {@link Gauge} and {@link LinearGauge}: a value between {@code bounds}, its colour scale
 * given in fractions of the range (0 to 1, as Panel's gauges take it). A value outside the bounds is
 * written as it is and drawn at the nearer end.
 */
public abstract sealed class GaugeIndicator extends ValueIndicator permits Gauge, Dial, LinearGauge {

    private final Param<List<Double>> bounds = Param.<List<Double>>builder(this, "bounds").value(List.of(0.0, 100.0))
            .check(GaugeIndicator::boundsProblem).doc("The range drawn, [min, max].").build();

    /** A gauge named {@code name} at {@code value}, from 0 to 100. */
    protected GaugeIndicator(String name, double value, String format) {
        super(name, value, format);
    }

    /** A gauge's thresholds are fractions of the range, 0 to 1. */
    @Override
    @Nullable String colorScaleProblem(List<ColorThreshold> scale) {
        return scale.stream().anyMatch(t -> t.upTo() < 0 || t.upTo() > 1)
                ? "must have thresholds between 0 and 1 (fractions of the bounds)" : super.colorScaleProblem(scale);
    }

    private static @Nullable String boundsProblem(List<Double> value) {
        if (value.size() != 2 || value.get(0) == null || value.get(1) == null) {
            return "must be two numbers [min, max]";
        }
        double min = value.get(0);
        double max = value.get(1);
        return Double.isFinite(min) && Double.isFinite(max) && min < max ? null : "must be finite with min < max";
    }

    /** The range drawn, [min, max]. */
    public List<Double> getBounds() {
        return bounds.get();
    }

    /** Sets the range. @throws IllegalArgumentException unless two finite numbers with min &lt; max */
    public void setBounds(List<Double> value) {
        bounds.set(List.copyOf(value));
    }

    /** The {@code bounds} parameter. */
    public Param<List<Double>> boundsProperty() {
        return bounds;
    }
}
