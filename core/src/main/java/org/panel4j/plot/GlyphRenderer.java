package org.panel4j.plot;

import java.util.Objects;
import java.util.function.UnaryOperator;
import org.jspecify.annotations.Nullable;

/**
 * A glyph as drawn by one {@link Figure} (Bokeh's {@code GlyphRenderer}): returned by
 * {@code figure.line(...)} and friends to restyle the glyph in place. Each setter replaces the
 * figure's glyph with a restyled copy and returns this, so calls chain. Thread-safe.
 *
 * {@snippet :
 * figure.line(source, "x", "y").color("#1f77b4").width(2).legend("walk");
 * }
 */
public final class GlyphRenderer {

    private final Figure figure;
    private volatile Glyph glyph;

    GlyphRenderer(Figure figure, Glyph glyph) {
        this.figure = figure;
        this.glyph = glyph;
    }

    /** The glyph as it is now. */
    public Glyph glyph() {
        return glyph;
    }

    /** The figure drawing it. */
    public Figure figure() {
        return figure;
    }

    /** Sets the colour (a CSS colour such as {@code "#1f77b4"} or {@code "red"}). */
    public GlyphRenderer color(String color) {
        return restyle(style -> style.withColor(Objects.requireNonNull(color, "color")));
    }

    /** Sets the opacity, from 0 to 1. */
    public GlyphRenderer alpha(double alpha) {
        return restyle(style -> style.withAlpha(alpha));
    }

    /** Sets the line width in pixels (Bokeh's {@code line_width}). */
    public GlyphRenderer width(double lineWidth) {
        return restyle(style -> style.withLineWidth(lineWidth));
    }

    /** Sets the marker size in pixels (for a scatter). */
    public GlyphRenderer size(double size) {
        return restyle(style -> style.withSize(size));
    }

    /** Sets the legend label (Bokeh's {@code legend_label}); null leaves the glyph out of the legend. */
    public GlyphRenderer legend(@Nullable String label) {
        return restyle(style -> style.withLegend(label));
    }

    private GlyphRenderer restyle(UnaryOperator<GlyphStyle> change) {
        figure.replace(this, current -> current.withStyle(change.apply(current.style())));
        return this;
    }

    void set(Glyph value) {
        glyph = value;
    }
}
