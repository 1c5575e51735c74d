package org.panel4j.widget;

import java.util.List;
import java.util.function.Function;
import org.panel4j.param.Param;

/**
 * A player over a list of options of any type, each shown by its label (Panel's {@code DiscretePlayer});
 * see {@link PlayerWidget} for how it plays. Client input to {@code value} is an option's label; a label
 * the options do not have is refused ({@code invalid_value}).
 *
 * @param <T> the option type
 */
public final class DiscretePlayer<T> extends PlayerWidget<T> {

    private final OptionLabels<T> labels;
    private final Param<List<T>> options;
    private final Param<T> value;

    /** A player over {@code options} labelled by {@code String.valueOf}, at the first, paused. */
    public DiscretePlayer(List<T> options) {
        this(options, String::valueOf);
    }

    /**
     * A player over {@code options} labelled by {@code label}, at the first, paused.
     *
     * @throws IllegalArgumentException if options is empty, holds null, or two options have one label
     */
    public DiscretePlayer(List<T> options, Function<? super T, String> label) {
        labels = new OptionLabels<>(label);
        this.options = Param.<List<T>>builder(this, "options").value(List.copyOf(options)).toWire(labels::labels)
                .check(labels::problem).doc("The options, in order (the browser gets their labels).").build();
        value = Param.<T>builder(this, "value").value(options.getFirst()).clientWritable()
                .toWire(labels::label).fromClient(json -> labels.fromWire(json, getOptions()))
                .allowed(this::getOptions).doc("The current option.").build();
    }

    @Override
    protected void onParamChanged(Param<?> param) {
        super.onParamChanged(param);
        if (param == options && !getOptions().contains(getValue())) {
            value.set(getOptions().getFirst());
        }
    }

    @Override
    protected int position() {
        return getOptions().indexOf(getValue());
    }

    @Override
    protected int lastPosition() {
        return getOptions().size() - 1;
    }

    @Override
    protected void moveTo(int position) {
        value.set(getOptions().get(position));
    }

    @Override
    public Param<T> valueProperty() {
        return value;
    }

    /** The options. */
    public List<T> getOptions() {
        return options.get();
    }

    /** Sets the options (not empty, distinct labels). @throws IllegalArgumentException if not acceptable */
    public void setOptions(List<T> value) {
        options.set(List.copyOf(value));
    }

    /** The {@code options} parameter. */
    public Param<List<T>> optionsProperty() {
        return options;
    }
}
