package org.panel4j.plot;

import java.util.Objects;

/**
 * A staircase through the points (Bokeh's {@code step}).
 *
 * @param source the data source
 * @param x      the column of x values
 * @param y      the column of y values
 * @param style  how it looks
 * @param mode   where the level changes relative to each x
 */
public record Step(ColumnDataSource source, String x, String y, GlyphStyle style, StepMode mode) implements Glyph {

    /** Checks the values. */
    public Step {
        Glyphs.checkCommon("Step", source, x, y, style);
        Objects.requireNonNull(mode, "mode");
    }

    @Override
    public Step withStyle(GlyphStyle style) {
        return new Step(source, x, y, style, mode);
    }
}
