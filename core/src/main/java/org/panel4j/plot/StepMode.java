package org.panel4j.plot;

import java.util.Locale;

/** Where a {@link Step} glyph changes level relative to each x (Bokeh's {@code mode}). */
public enum StepMode {
    /** The level changes before the point: the step ends at each x. */
    BEFORE,
    /** The level changes after the point: the step starts at each x. */
    AFTER;

    /** The wire name, e.g. {@code "before"}. */
    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }
}
