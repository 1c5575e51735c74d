package org.panel4j.layout;

/** Lays its children out top to bottom. Strings become Markdown, image bytes become images (see {@code Panel.panel}). */
public final class Column extends Layout {

    /** A Column of {@code objects}, each wrapped by {@code Panel.panel}. */
    public Column(Object... objects) {
        super(objects);
    }
}
