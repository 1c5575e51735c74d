package org.panel4j.table;

/** How a column's cells are aligned. */
public enum Align {
    /** At the start (text's default). */
    LEFT,
    /** In the middle. */
    CENTER,
    /** At the end (numbers' default). */
    RIGHT
}
