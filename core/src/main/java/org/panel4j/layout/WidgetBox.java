package org.panel4j.layout;

import org.panel4j.param.Param;

/** A framed box that groups widgets, one below the other or side by side (Panel's {@code layout.WidgetBox}). */
public final class WidgetBox extends Layout {

    private final Param<Boolean> horizontal = Param.builder(this, "horizontal", Boolean.class).value(false)
            .doc("Whether the widgets sit side by side rather than one below the other.").build();

    /** A box of {@code objects}, each wrapped by {@code Panel.panel}. */
    public WidgetBox(Object... objects) {
        super(objects);
    }

    /** Whether the widgets sit side by side. */
    public boolean isHorizontal() {
        return horizontal.get();
    }

    /** Lays the widgets side by side (true) or one below the other (false). */
    public void setHorizontal(boolean value) {
        horizontal.set(value);
    }

    /** The {@code horizontal} parameter. */
    public Param<Boolean> horizontalProperty() {
        return horizontal;
    }
}
