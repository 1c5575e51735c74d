package org.panel4j.widget;

import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;
import org.panel4j.param.WireTypes;

/**
 * How options of any type travel as their labels ({@link DiscreteSlider}, {@link DiscretePlayer}): the
 * browser receives and sends labels, never the options themselves; a label the options do not have is
 * refused.
 *
 * @param <T> the option type
 */
final class OptionLabels<T> {

    private final Function<? super T, String> labeller;

    OptionLabels(Function<? super T, String> labeller) {
        this.labeller = Objects.requireNonNull(labeller, "label");
    }

    String label(T option) {
        return labeller.apply(option);
    }

    List<String> labels(List<T> options) {
        return options.stream().map(this::label).toList();
    }

    /** Why {@code options} cannot be used (empty, a null option or label, a label twice), or null. */
    @Nullable String problem(List<T> options) {
        if (options.isEmpty()) {
            return "must not be empty";
        }
        var seen = new HashSet<String>();
        for (T option : options) {
            if (option == null) {
                return "must not contain null";
            }
            String label = label(option);
            if (label == null || !seen.add(label)) {
                return "must have distinct labels (" + label + " twice)";
            }
        }
        return null;
    }

    /** The option whose label the browser sent. @throws IllegalArgumentException if none has it */
    T fromWire(Object json, List<T> options) {
        String label = WireTypes.STRING.fromWire(json);
        for (T option : options) {
            if (label(option).equals(label)) {
                return option;
            }
        }
        throw new IllegalArgumentException("expected the label of one of the options");
    }
}
