package org.panel4j.widget;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.panel4j.param.HasValue;
import org.panel4j.param.Param;

/**
 * The base of widgets that choose several of {@code options} ({@link CheckBoxGroup}, {@link CheckButtonGroup},
 * {@link MultiSelect}, {@link MultiChoice}, {@link CrossSelector}): {@code value} lists option values, each
 * once, in the order given. The browser sees and sends labels only; the server maps them back to values
 * and refuses a label that is not an option, a repeated one, or more labels than there are options.
 * When the options change, the values no longer offered are dropped.
 *
 * @param <T> the type of the values
 */
public abstract class MultiValueChoice<T> extends Widget implements HasValue<List<T>> {

    private final Param<Map<String, T>> options = ChoiceOptions.param(this);
    private final Param<List<T>> value = Param.<List<T>>builder(this, "value").value(List.of()).clientWritable()
            .check(this::checkValue)
            .toWire(v -> v.stream().map(o -> ChoiceOptions.labelOf(getOptions(), o)).filter(Objects::nonNull).toList())
            .fromClient(this::fromClient)
            .doc("The chosen options' values, in order (the browser sends their labels).").build();

    /** A choice over {@code options} (label → value), none chosen. */
    protected MultiValueChoice(Map<String, ? extends T> options) {
        this.options.set(ChoiceOptions.copyOf(options));
    }

    private @Nullable String checkValue(List<T> chosen) {
        Map<String, T> known = getOptions();
        if (chosen.stream().anyMatch(o -> o == null || !known.containsValue(o))) {
            return "must list only its options";
        }
        if (new HashSet<>(chosen).size() != chosen.size()) {
            return "must not list an option twice";
        }
        return chosen.isEmpty() ? null : checkChosen(chosen);
    }

    /**
     * A subclass's own rule for a non-empty value of distinct options (e.g. at most {@code maxItems}),
     * checked for the server's sets too: the problem, or null.
     */
    protected @Nullable String checkChosen(List<T> chosen) {
        return null;
    }

    private List<T> fromClient(Object wire) {
        if (!(wire instanceof List<?> labels)) {
            throw new IllegalArgumentException("expected a list of option labels");
        }
        Map<String, T> known = getOptions();
        if (labels.size() > known.size()) {
            throw new IllegalArgumentException("expected at most " + known.size() + " labels, one per option");
        }
        var chosen = new ArrayList<T>(labels.size());
        for (Object label : labels) {
            chosen.add(ChoiceOptions.valueOf(known, label));
        }
        return List.copyOf(chosen);
    }

    /** Drops the values no longer offered, and resends the value with its new labels. */
    @Override
    protected void onParamChanged(Param<?> param) {
        super.onParamChanged(param);
        if (param == options) {
            Map<String, T> now = getOptions();
            List<T> current = value.get();
            List<T> kept = current.stream().filter(now::containsValue).toList();
            if (kept.size() != current.size()) {
                value.set(kept);
            } else {
                super.onParamChanged(value);
            }
        }
    }

    @Override
    public Param<List<T>> valueProperty() {
        return value;
    }

    /** The choices: label → value, in order. */
    public Map<String, T> getOptions() {
        return options.get();
    }

    /** Sets the choices (label → value, in order); values no longer offered are dropped. */
    public void setOptions(Map<String, ? extends T> value) {
        options.set(ChoiceOptions.copyOf(value));
    }

    /** Sets the choices, each labelled by its {@code toString}. */
    public void setOptions(List<? extends T> value) {
        options.set(ChoiceOptions.labelled(value));
    }

    /** The {@code options} parameter. */
    public Param<Map<String, T>> optionsProperty() {
        return options;
    }
}
