package org.panel4j.widget;

import java.util.List;
import java.util.function.Function;
import org.panel4j.param.HasValue;
import org.panel4j.param.Param;
import org.panel4j.param.ReadOnlyParam;

/**
 * A slider over a list of options of any type, each shown by its label ({@code String.valueOf} unless
 * given); the value is always one of the options. While the user drags, the browser sets {@code value}
 * (throttled) and on release {@code valueThrottled} too, each as an option's label: a label the options do
 * not have is refused ({@code invalid_value}) and changes nothing.
 *
 * @param <T> the option type
 */
public final class DiscreteSlider<T> extends Widget implements HasValue<T> {

    private final OptionLabels<T> labels;
    private final Param<List<T>> options;
    private final Param<T> value;
    private final Param<T> valueThrottled;

    /** A slider over {@code options} labelled by {@code String.valueOf}, at the first. */
    public DiscreteSlider(List<T> options) {
        this(options, String::valueOf);
    }

    /**
     * A slider over {@code options} labelled by {@code label}, at the first.
     *
     * @throws IllegalArgumentException if options is empty, holds null, or two options have one label
     */
    public DiscreteSlider(List<T> options, Function<? super T, String> label) {
        labels = new OptionLabels<>(label);
        this.options = Param.<List<T>>builder(this, "options").value(List.copyOf(options)).toWire(labels::labels)
                .check(labels::problem).doc("The options, in order (the browser gets their labels).").build();
        value = Param.<T>builder(this, "value").value(options.getFirst()).clientWritable()
                .toWire(labels::label).fromClient(json -> labels.fromWire(json, getOptions()))
                .allowed(this::getOptions).doc("The selected option.").build();
        valueThrottled = Param.<T>builder(this, "valueThrottled").value(options.getFirst()).readOnly().clientWritable()
                .toWire(labels::label).fromClient(json -> labels.fromWire(json, getOptions()))
                .allowed(this::getOptions).doc("The option when the user released the slider.").build();
    }

    /** Moves the value to the first option when new options no longer hold it. */
    @Override
    protected void onParamChanged(Param<?> param) {
        super.onParamChanged(param);
        if (param == options) {
            if (!getOptions().contains(getValue())) {
                value.set(getOptions().getFirst());
            }
            if (!getOptions().contains(getValueThrottled())) {
                setByOwner(valueThrottled, getValue());
            }
        }
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

    /** The option when the user last released the slider. */
    public T getValueThrottled() {
        return valueThrottled.get();
    }

    /** The read-only {@code valueThrottled} parameter: the option on release. */
    public ReadOnlyParam<T> valueThrottledProperty() {
        return valueThrottled;
    }
}
