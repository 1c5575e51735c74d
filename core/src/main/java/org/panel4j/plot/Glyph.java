package org.panel4j.plot;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A visual mark drawn from two columns of a {@link ColumnDataSource}: x and y. Immutable values,
 * made by a {@link Figure}'s {@code line}, {@code scatter}, {@code step}, {@code area} and
 * {@code vbar}, and restyled through the {@link GlyphRenderer} those return.
 */
public sealed interface Glyph permits Line, Scatter, Step, Area, VBar {

    /** The data source. */
    ColumnDataSource source();

    /** The column of x values. */
    String x();

    /** The column of y values (for {@link VBar}, the bar tops). */
    String y();

    /** How it looks. */
    GlyphStyle style();

    /** The same glyph with another look. */
    Glyph withStyle(GlyphStyle style);

    /** The wire name of the kind, e.g. {@code "line"}; also the name in messages. */
    default String kind() {
        return switch (this) {
            case Line g -> "line";
            case Scatter g -> "scatter";
            case Step g -> "step";
            case Area g -> "area";
            case VBar g -> "vbar";
        };
    }

    /**
     * The glyph as the browser receives it: {@code {"type", "source" (id), "x", "y", "color", "alpha",
     * "lineWidth", "size", "legend" (or null)}}, plus {@code "mode"} for a step and {@code "barWidth"}
     * for a vbar.
     */
    default Map<String, Object> toWire() {
        var wire = new LinkedHashMap<String, Object>();
        wire.put("type", kind());
        wire.put("source", source().id());
        wire.put("x", x());
        wire.put("y", y());
        wire.put("color", style().color());
        wire.put("alpha", style().alpha());
        wire.put("lineWidth", style().lineWidth());
        wire.put("size", style().size());
        wire.put("legend", style().legend());
        switch (this) {
            case Step step -> wire.put("mode", step.mode().wireName());
            case VBar bar -> wire.put("barWidth", bar.barWidth());
            default -> { }
        }
        return wire;
    }
}
