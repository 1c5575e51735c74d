package org.panel4j.indicator;

import java.util.List;
import org.jspecify.annotations.Nullable;
import org.panel4j.component.Component;
import org.panel4j.param.HasValue;
import org.panel4j.param.Param;

/**
 * The base of indicators that show a number through a text template and a colour scale:
 * {@link Number}, {@link Gauge}, {@link LinearGauge}.
 */
public abstract sealed class ValueIndicator extends Component implements HasValue<Double>
        permits Number, GaugeIndicator {

    private final Param<Double> value = Param.builder(this, "value", Double.class).value(0.0)
            .check(v -> Double.isFinite(v) ? null : "must be a finite number").doc("The value shown.").build();
    private final Param<String> name = Param.builder(this, "name", String.class).value("")
            .doc("The title above the value.").build();
    private final Param<String> format = Param.builder(this, "format", String.class).value("{value}")
            .check(ValueFormat::problem).doc("How the value is written: {value}, {value:.1f}, {value:,.0f}, with text around.")
            .build();
    private final Param<List<ColorThreshold>> colors = Param.<List<ColorThreshold>>builder(this, "colors")
            .value(List.of()).check(this::colorScaleProblem)
            .toWire(list -> list.stream().map(ColorThreshold::toWire).toList())
            .doc("The colour scale: each value shows the colour of the first threshold at or above it.").build();

    /** An indicator named {@code name} showing {@code value}. */
    protected ValueIndicator(String name, double value, String format) {
        this.name.set(name);
        this.format.set(format);
        this.value.set(value);
    }

    /** Null if {@code scale} is acceptable, else the problem; gauges also require fractions. */
    @Nullable String colorScaleProblem(List<ColorThreshold> scale) {
        return ColorThreshold.problem(scale);
    }

    @Override
    public Param<Double> valueProperty() {
        return value;
    }

    /** The title. */
    public String getName() {
        return name.get();
    }

    /** Sets the title. */
    public void setName(String value) {
        name.set(value);
    }

    /** The {@code name} parameter. */
    public Param<String> nameProperty() {
        return name;
    }

    /** The text template of the value, e.g. {@code {value:.1f} %}. */
    public String getFormat() {
        return format.get();
    }

    /** Sets the text template. @throws IllegalArgumentException if it has no or an unknown placeholder */
    public void setFormat(String value) {
        format.set(value);
    }

    /** The {@code format} parameter. */
    public Param<String> formatProperty() {
        return format;
    }

    /** The colour scale, in increasing threshold order. */
    public List<ColorThreshold> getColors() {
        return colors.get();
    }

    /** Sets the colour scale. @throws IllegalArgumentException if the thresholds do not increase */
    public void setColors(List<ColorThreshold> value) {
        colors.set(List.copyOf(value));
    }

    /** The {@code colors} parameter. */
    public Param<List<ColorThreshold>> colorsProperty() {
        return colors;
    }
}
