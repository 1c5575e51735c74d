package org.panel4j.layout;

/** A page's colour scheme ({@link Template#setTheme}). */
public enum Theme {
    /** Light or dark as the user's system prefers, until they pick one with the header's toggle. */
    SYSTEM,
    /** Dark text on light surfaces. */
    LIGHT,
    /** Light text on dark surfaces. */
    DARK
}
