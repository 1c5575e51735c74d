package org.panel4j.indicator;

import java.util.List;
import org.panel4j.param.Param;

/**
 * A big number with a title, coloured by thresholds (Panel's {@code indicators.Number}): with
 * {@code colors} of {@code (33, green), (66, gold), (100, red)} a value of 50 is gold. Thresholds
 * are in the value's units.
 *
 * {@snippet :
 * var cpu = new Number("CPU", 42, "{value:.0f} %");
 * cpu.setColors(List.of(ColorThreshold.of(50, "green"), ColorThreshold.of(80, "orange"), ColorThreshold.of(100, "red")));
 * }
 */
public final class Number extends ValueIndicator {

    private final Param<String> defaultColor = Param.builder(this, "defaultColor", String.class).value("")
            .check(v -> v.isEmpty() ? null : CssColor.problem(v))
            .doc("The colour when no threshold applies; empty for the text colour.").build();
    private final Param<Integer> fontSize = Param.builder(this, "fontSize", Integer.class).value(48)
            .bounds(() -> 8, () -> 400).doc("The value's font size in pixels.").build();
    private final Param<Integer> titleSize = Param.builder(this, "titleSize", Integer.class).value(16)
            .bounds(() -> 8, () -> 200).doc("The title's font size in pixels.").build();

    /** A number titled {@code name} showing {@code value} through {@code format}. */
    public Number(String name, double value, String format) {
        super(name, value, format);
    }

    /** A number titled {@code name} showing {@code value} as it is. */
    public Number(String name, double value) {
        this(name, value, "{value}");
    }

    /** Sets the colour scale; returns this for chaining. */
    public Number colors(ColorThreshold... scale) {
        setColors(List.of(scale));
        return this;
    }

    /** The colour when no threshold applies; empty for the text colour. */
    public String getDefaultColor() {
        return defaultColor.get();
    }

    /** Sets the colour when no threshold applies. @throws IllegalArgumentException if not a CSS colour */
    public void setDefaultColor(String value) {
        defaultColor.set(value);
    }

    /** The {@code defaultColor} parameter. */
    public Param<String> defaultColorProperty() {
        return defaultColor;
    }

    /** The value's font size in pixels. */
    public int getFontSize() {
        return fontSize.get();
    }

    /** Sets the value's font size in pixels (8 to 400). */
    public void setFontSize(int value) {
        fontSize.set(value);
    }

    /** The {@code fontSize} parameter. */
    public Param<Integer> fontSizeProperty() {
        return fontSize;
    }

    /** The title's font size in pixels. */
    public int getTitleSize() {
        return titleSize.get();
    }

    /** Sets the title's font size in pixels (8 to 200). */
    public void setTitleSize(int value) {
        titleSize.set(value);
    }

    /** The {@code titleSize} parameter. */
    public Param<Integer> titleSizeProperty() {
        return titleSize;
    }
}
