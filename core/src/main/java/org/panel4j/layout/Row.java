package org.panel4j.layout;

/** Lays its children out left to right. Strings become Markdown, image bytes become images (see {@code Panel.panel}). */
public final class Row extends Layout {

    /** A Row of {@code objects}, each wrapped by {@code Panel.panel}. */
    public Row(Object... objects) {
        super(objects);
    }
}
