package org.panel4j.plot;

import java.util.Locale;

/** Where a figure draws its legend, inside the plot area (Bokeh's {@code legend.location}). */
public enum LegendPosition {
    /** Top left corner. */
    TOP_LEFT,
    /** Top edge, centred. */
    TOP,
    /** Top right corner. */
    TOP_RIGHT,
    /** Bottom left corner. */
    BOTTOM_LEFT,
    /** Bottom edge, centred. */
    BOTTOM,
    /** Bottom right corner. */
    BOTTOM_RIGHT;

    /** The wire name, e.g. {@code "top_right"}. */
    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }
}
