package org.panel4j.plot;

/**
 * The area between the line through the points and y = 0, filled (Bokeh's {@code varea} from 0).
 *
 * @param source the data source
 * @param x      the column of x values
 * @param y      the column of y values
 * @param style  how it looks
 */
public record Area(ColumnDataSource source, String x, String y, GlyphStyle style) implements Glyph {

    /** Checks the values. */
    public Area {
        Glyphs.checkCommon("Area", source, x, y, style);
    }

    @Override
    public Area withStyle(GlyphStyle style) {
        return new Area(source, x, y, style);
    }
}
