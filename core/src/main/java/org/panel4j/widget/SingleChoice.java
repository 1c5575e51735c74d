package org.panel4j.widget;

import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.panel4j.param.HasValue;
import org.panel4j.param.Param;
import org.panel4j.session.Session;

/**
 * The base of widgets that choose one of {@code options} ({@link Select}, {@link RadioButtonGroup},
 * {@link RadioBoxGroup}): {@code value} is always one of the option values, or null. The browser sees
 * and sends labels only; the server maps a label back to its value and refuses one that is not an
 * option. When the options change and no longer offer the value, the first option is chosen.
 *
 * @param <T> the type of the values
 */
public abstract class SingleChoice<T> extends Widget implements HasValue<T> {

    /** What a null from the browser is converted as, so that it is refused: the browser always sends a label. */
    private static final Object NO_LABEL = new Object() {
        @Override
        public String toString() {
            return "null";
        }
    };

    private final Param<Map<String, T>> options = ChoiceOptions.param(this);
    private final Param<T> value = Param.<T>builder(this, "value").nullable().clientWritable()
            .check(v -> getOptions().containsValue(v) ? null : "must be one of " + ChoiceOptions.describe(getOptions().values()))
            .toWire(v -> ChoiceOptions.labelOf(getOptions(), v))
            .fromClient(this::fromClient)
            .doc("The chosen option's value (the browser sends its label).").build();

    /** A choice over {@code options} (label → value), the first chosen (none if empty). */
    protected SingleChoice(Map<String, ? extends T> options) {
        this.options.set(ChoiceOptions.copyOf(options));
    }

    private T fromClient(Object wire) {
        T chosen = ChoiceOptions.valueOf(getOptions(), wire);
        String refusal = refusesFromClient(chosen);
        if (refusal != null) {
            throw new IllegalArgumentException(refusal);
        }
        return chosen;
    }

    /** Refuses a null value from the browser (the server may still set null): it is no option's label. */
    @Override
    public void applyClientValue(Session session, String prop, @Nullable Object wire) {
        super.applyClientValue(session, prop, wire == null && prop.equals(value.name()) ? NO_LABEL : wire);
    }

    /** Why the browser may not choose {@code chosen} although it is an option (e.g. disabled), or null. */
    protected @Nullable String refusesFromClient(T chosen) {
        return null;
    }

    /** Keeps the value among the options (else the first option), and resends it with its new label. */
    @Override
    protected void onParamChanged(Param<?> param) {
        super.onParamChanged(param);
        if (param == options) {
            Map<String, T> now = getOptions();
            T current = value.get();
            if (current == null || !now.containsValue(current)) {
                value.set(now.isEmpty() ? null : now.values().iterator().next());
            } else {
                super.onParamChanged(value);
            }
        }
    }

    @Override
    public Param<T> valueProperty() {
        return value;
    }

    /** The choices: label → value, in order. */
    public Map<String, T> getOptions() {
        return options.get();
    }

    /** Sets the choices (label → value, in order); a value no longer offered gives way to the first option. */
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
