package org.panel4j.plot;

/**
 * Vertical bars from y = 0 up to each top (Bokeh's {@code vbar}).
 *
 * @param source   the data source
 * @param x        the column of bar centres
 * @param top      the column of bar tops
 * @param style    how it looks
 * @param barWidth the bar width in x units, above 0
 */
public record VBar(ColumnDataSource source, String x, String top, GlyphStyle style, double barWidth) implements Glyph {

    /** Checks the values. */
    public VBar {
        Glyphs.checkCommon("VBar", source, x, top, style);
        if (!(barWidth > 0 && Double.isFinite(barWidth))) {
            throw new IllegalArgumentException("VBar.barWidth must be above 0, not " + barWidth);
        }
    }

    /** The bar tops column, {@link #top()}. */
    @Override
    public String y() {
        return top;
    }

    @Override
    public VBar withStyle(GlyphStyle style) {
        return new VBar(source, x, top, style, barWidth);
    }
}
