package org.panel4j.pane;

import org.panel4j.component.Component;
import org.panel4j.param.HasValue;
import org.panel4j.param.Param;

/** A spinner that turns while {@code value} is true. */
public final class LoadingSpinner extends Component implements HasValue<Boolean> {

    private final Param<Boolean> value = Param.builder(this, "value", Boolean.class).value(false)
            .doc("Whether it spins.").build();
    private final Param<Integer> size = Param.builder(this, "size", Integer.class).value(24)
            .check(v -> v < 1 ? "must be at least 1" : null).doc("Diameter in pixels.").build();

    /** A spinner, spinning if {@code spinning}. */
    public LoadingSpinner(boolean spinning) {
        value.set(spinning);
    }

    /** A still spinner. */
    public LoadingSpinner() {
        this(false);
    }

    @Override
    public Param<Boolean> valueProperty() {
        return value;
    }

    /** The diameter in pixels. */
    public int getSize() {
        return size.get();
    }

    /** Sets the diameter in pixels. @throws IllegalArgumentException if the value is not acceptable */
    public void setSize(int value) {
        size.set(value);
    }

    /** The {@code size} parameter. */
    public Param<Integer> sizeProperty() {
        return size;
    }
}
