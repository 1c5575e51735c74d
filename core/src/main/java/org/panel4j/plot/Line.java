package org.panel4j.plot;

/**
 * A line through the points, in row order (Bokeh's {@code line}).
 *
 * @param source the data source
 * @param x      the column of x values
 * @param y      the column of y values
 * @param style  how it looks
 */
public record Line(ColumnDataSource source, String x, String y, GlyphStyle style) implements Glyph {

    /** Checks the values. */
    public Line {
        Glyphs.checkCommon("Line", source, x, y, style);
    }

    @Override
    public Line withStyle(GlyphStyle style) {
        return new Line(source, x, y, style);
    }
}
