package org.panel4j.pane;

import org.panel4j.component.Component;
import org.panel4j.param.HasValue;
import org.panel4j.param.Param;

/** A progress bar from 0 to {@code max}; a null {@code value} shows an indeterminate bar. */
public final class Progress extends Component implements HasValue<Integer> {

    private final Param<Integer> max = Param.builder(this, "max", Integer.class).value(100)
            .check(v -> v < 1 ? "must be at least 1" : null).doc("The value of a full bar.").build();
    private final Param<Integer> value = Param.builder(this, "value", Integer.class).nullable()
            .bounds(() -> 0, this::getMax).doc("The progress, or null for indeterminate.").build();

    /** An indeterminate bar out of 100. */
    public Progress() {}

    /** A bar at {@code value} out of {@code max}. */
    public Progress(int value, int max) {
        this.max.set(max);
        this.value.set(value);
    }

    @Override
    public Param<Integer> valueProperty() {
        return value;
    }

    /** The value of a full bar. */
    public int getMax() {
        return max.get();
    }

    /** Sets the largest value. @throws IllegalArgumentException if the value is not acceptable */
    public void setMax(int value) {
        max.set(value);
    }

    /** The {@code max} parameter. */
    public Param<Integer> maxProperty() {
        return max;
    }
}
