package org.panel4j.plot;

import java.util.Objects;

/** Checks shared by the glyph records. */
final class Glyphs {

    private Glyphs() {}

    /** Checks what every glyph needs; messages name it, e.g. {@code "Line.alpha must be between 0 and 1, not 2.0"}. */
    static void checkCommon(String kind, ColumnDataSource source, String x, String y, GlyphStyle style) {
        Objects.requireNonNull(source, "source");
        GlyphStyle.check(kind, Objects.requireNonNull(style, "style"));
        if (Objects.requireNonNull(x, "x").isBlank()) {
            throw new IllegalArgumentException(kind + ".x must name a column, not '" + x + "'");
        }
        if (Objects.requireNonNull(y, "y").isBlank()) {
            throw new IllegalArgumentException(kind + ".y must name a column, not '" + y + "'");
        }
    }
}
