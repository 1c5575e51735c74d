package org.panel4j.component;

import java.util.Locale;

/** How a component sizes itself in its layout (Panel's {@code sizing_mode}). */
public enum SizingMode {
    /** Width and height as given. */
    FIXED,
    /** Fills the available width; in a {@code Row}, the width its fixed siblings leave (on a narrow page it wraps to a line of its own). */
    STRETCH_WIDTH,
    /** Fills the available height. */
    STRETCH_HEIGHT,
    /** Fills both. */
    STRETCH_BOTH,
    /** Scales with the width, keeping the aspect ratio. */
    SCALE_WIDTH,
    /** Scales with the height, keeping the aspect ratio. */
    SCALE_HEIGHT,
    /** Scales in both directions, keeping the aspect ratio. */
    SCALE_BOTH;

    /** The wire name, e.g. {@code "stretch_width"}. */
    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }
}
