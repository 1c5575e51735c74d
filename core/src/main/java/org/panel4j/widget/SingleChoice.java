package org.panel4j.widget;

import java.util.List;
import org.panel4j.param.HasValue;
import org.panel4j.param.Param;

/**
 * The base of widgets that choose one of {@code options} ({@link Select}, {@link RadioButtonGroup}):
 * {@code value} is always one of them, or null.
 */
public abstract class SingleChoice extends Widget implements HasValue<String> {

    private final Param<List<String>> options = Param.<List<String>>builder(this, "options").value(List.of())
            .check(v -> v.stream().anyMatch(o -> o == null) ? "must not contain null" : null)
            .doc("The choices, in order.").build();
    private final Param<String> value = Param.builder(this, "value", String.class).nullable().clientWritable()
            .allowed(this::getOptions).doc("The chosen option.").build();

    /** A choice over {@code options}, the first chosen (none if empty). */
    protected SingleChoice(List<String> options) {
        this.options.set(List.copyOf(options));
        if (!options.isEmpty()) {
            value.set(options.getFirst());
        }
    }

    @Override
    public Param<String> valueProperty() {
        return value;
    }

    /** The choices. */
    public List<String> getOptions() {
        return options.get();
    }

    /** Sets the options; the value must stay one of them or be null. @throws IllegalArgumentException if the value is not acceptable */
    public void setOptions(List<String> value) {
        options.set(value);
    }

    /** The {@code options} parameter. */
    public Param<List<String>> optionsProperty() {
        return options;
    }
}
