package org.panel4j.widget;

import java.util.Locale;

/** A button's colour role (Panel's {@code button_type}). */
public enum ButtonType {
    /** Neutral. */
    DEFAULT,
    /** The main action. */
    PRIMARY,
    /** A positive action. */
    SUCCESS,
    /** A cautious action. */
    WARNING,
    /** A destructive action. */
    DANGER,
    /** A light, low-emphasis action. */
    LIGHT;

    /** The wire name, e.g. {@code "primary"}. */
    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }
}
