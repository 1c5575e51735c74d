package org.panel4j.plot;

/**
 * A marker at each point (Bokeh's {@code scatter}); its size is {@link GlyphStyle#size()}.
 *
 * @param source the data source
 * @param x      the column of x values
 * @param y      the column of y values
 * @param style  how it looks
 */
public record Scatter(ColumnDataSource source, String x, String y, GlyphStyle style) implements Glyph {

    /** Checks the values. */
    public Scatter {
        Glyphs.checkCommon("Scatter", source, x, y, style);
    }

    @Override
    public Scatter withStyle(GlyphStyle style) {
        return new Scatter(source, x, y, style);
    }
}
