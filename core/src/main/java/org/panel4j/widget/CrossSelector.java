package org.panel4j.widget;

import java.util.List;
import java.util.Map;
import org.panel4j.param.Param;

/**
 * Two lists side by side, the options not chosen and the chosen ones, each with a filter box, and
 * buttons that move the options selected in one list to the other; {@code value} lists the chosen
 * options, each once: in the options' order when {@code definitionOrder}, else in the order moved.
 *
 * @param <T> the type of the values
 */
public final class CrossSelector<T> extends MultiValueChoice<T> {

    private final Param<Boolean> definitionOrder = Param.builder(this, "definitionOrder", Boolean.class).value(true)
            .doc("Whether the chosen options keep the options' order rather than the order they were moved in.").build();
    private final Param<Integer> size = Param.builder(this, "size", Integer.class).value(8)
            .check(v -> v < 2 || v > 100 ? "must be from 2 to 100" : null)
            .doc("The options visible at once in each list (they scroll).").build();

    /** A selector over {@code options}, each shown by its {@code toString}, none chosen. */
    public CrossSelector(List<? extends T> options) {
        super(ChoiceOptions.labelled(options));
    }

    /** A selector over {@code options}, label → value in the map's order, none chosen. */
    public CrossSelector(Map<String, ? extends T> options) {
        super(options);
    }

    /** Whether the chosen options keep the options' order. */
    public boolean isDefinitionOrder() {
        return definitionOrder.get();
    }

    /** Keeps the chosen options in the options' order (true) or in the order moved. */
    public void setDefinitionOrder(boolean value) {
        definitionOrder.set(value);
    }

    /** The {@code definitionOrder} parameter. */
    public Param<Boolean> definitionOrderProperty() {
        return definitionOrder;
    }

    /** The options visible at once in each list. */
    public int getSize() {
        return size.get();
    }

    /** Sets the options visible at once in each list (2 to 100). */
    public void setSize(int value) {
        size.set(value);
    }

    /** The {@code size} parameter. */
    public Param<Integer> sizeProperty() {
        return size;
    }
}
