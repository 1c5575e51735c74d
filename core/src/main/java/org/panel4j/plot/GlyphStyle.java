package org.panel4j.plot;

import java.util.Objects;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * How a glyph looks: colour, opacity, line width, marker size and legend label. The values are
 * checked when a glyph is made with them.
 *
 * @param color     a CSS colour: {@code #rgb}, {@code #rrggbb}, {@code #rrggbbaa} or a name like {@code red}
 * @param alpha     opacity from 0 (invisible) to 1
 * @param lineWidth line width in pixels, at least 0
 * @param size      marker size in pixels (scatter), at least 0
 * @param legend    the legend label, or null to leave the glyph out of the legend
 */
public record GlyphStyle(String color, double alpha, double lineWidth, double size, @Nullable String legend) {

    private static final Pattern COLOR = Pattern.compile("#(\\p{XDigit}{3,4}|\\p{XDigit}{6}|\\p{XDigit}{8})|[a-zA-Z]{3,30}");

    /** Bokeh's Category10 palette, which new glyphs take in turn. */
    static final String[] PALETTE = {"#1f77b4", "#ff7f0e", "#2ca02c", "#d62728", "#9467bd",
            "#8c564b", "#e377c2", "#7f7f7f", "#bcbd22", "#17becf"};

    /** Keeps the values; they are checked when a glyph is made with them (messages name the glyph). */
    public GlyphStyle {
        Objects.requireNonNull(color, "color");
    }

    /** The default look of the {@code n}-th glyph of a figure: a palette colour, opaque, width 1, size 6. */
    static GlyphStyle nth(int n) {
        return new GlyphStyle(PALETTE[n % PALETTE.length], 1.0, 1.0, 6.0, null);
    }

    /** Throws in Param's words, e.g. "Line.alpha must be at most 1, not 1.5", if a value is bad. */
    static void check(String label, GlyphStyle style) {
        String color = style.color();
        double alpha = style.alpha();
        double lineWidth = style.lineWidth();
        double size = style.size();
        if (!COLOR.matcher(color).matches()) {
            throw new IllegalArgumentException(label + ".color must be a CSS colour like '#1f77b4' or 'red', not '"
                    + color + "'");
        }
        if (!(alpha >= 0 && alpha <= 1)) {
            throw new IllegalArgumentException(label + ".alpha must be between 0 and 1, not " + alpha);
        }
        if (!(lineWidth >= 0 && Double.isFinite(lineWidth))) {
            throw new IllegalArgumentException(label + ".lineWidth must be at least 0, not " + lineWidth);
        }
        if (!(size >= 0 && Double.isFinite(size))) {
            throw new IllegalArgumentException(label + ".size must be at least 0, not " + size);
        }
    }

    GlyphStyle withColor(String value) {
        return new GlyphStyle(value, alpha, lineWidth, size, legend);
    }

    GlyphStyle withAlpha(double value) {
        return new GlyphStyle(color, value, lineWidth, size, legend);
    }

    GlyphStyle withLineWidth(double value) {
        return new GlyphStyle(color, alpha, value, size, legend);
    }

    GlyphStyle withSize(double value) {
        return new GlyphStyle(color, alpha, lineWidth, value, legend);
    }

    GlyphStyle withLegend(@Nullable String value) {
        return new GlyphStyle(color, alpha, lineWidth, size, value);
    }
}
