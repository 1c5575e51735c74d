package org.panel4j.widget;

import java.util.HashSet;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.panel4j.param.HasValue;
import org.panel4j.param.Param;
import org.panel4j.param.WireTypes;

/** A set of check boxes, one per option; {@code value} lists the options checked, each once. */
public final class CheckBoxGroup extends Widget implements HasValue<List<String>> {

    private final Param<List<String>> options = Param.<List<String>>builder(this, "options").value(List.of())
            .check(v -> v.stream().anyMatch(o -> o == null) ? "must not contain null" : null)
            .doc("The choices, in order.").build();
    private final Param<List<String>> value = Param.builder(this, "value", WireTypes.listOf(WireTypes.STRING))
            .value(List.of()).clientWritable().check(this::checkValue).doc("The options checked.").build();

    /** A group over {@code options}, none checked. */
    public CheckBoxGroup(List<String> options) {
        this.options.set(List.copyOf(options));
    }

    private @Nullable String checkValue(List<String> chosen) {
        List<String> known = getOptions();
        if (chosen.stream().anyMatch(o -> o == null || !known.contains(o))) {
            return "must list only its options";
        }
        return new HashSet<>(chosen).size() == chosen.size() ? null : "must not list an option twice";
    }

    @Override
    public Param<List<String>> valueProperty() {
        return value;
    }

    /** The choices. */
    public List<String> getOptions() {
        return options.get();
    }

    /** Sets the options; the value must stay among them. @throws IllegalArgumentException if the value is not acceptable */
    public void setOptions(List<String> value) {
        options.set(value);
    }

    /** The {@code options} parameter. */
    public Param<List<String>> optionsProperty() {
        return options;
    }
}
