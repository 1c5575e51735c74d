package org.panel4j.plot;

import java.util.Locale;

/** How a figure's x axis reads its numbers (Bokeh's {@code x_axis_type}). */
public enum AxisType {
    /** Plain numbers. */
    LINEAR,
    /** Epoch milliseconds, labelled as dates and times. */
    DATETIME;

    /** The wire name, e.g. {@code "datetime"}. */
    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }
}
