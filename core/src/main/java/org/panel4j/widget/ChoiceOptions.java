package org.panel4j.widget;

import java.util.Collection;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;
import org.panel4j.param.Param;
import org.panel4j.param.Parameterized;
import org.panel4j.session.ClientText;

/**
 * The options of the choice widgets ({@link SingleChoice}, {@link MultiValueChoice}): an ordered map from
 * the label the browser shows to the value the server holds. The browser only ever sees and sends labels.
 */
public final class ChoiceOptions {

    /** How many labels an error message lists before "…". */
    private static final int LISTED = 10;

    private ChoiceOptions() {}

    /**
     * Options labelled by {@code String.valueOf(value)}, in order.
     *
     * @throws IllegalArgumentException on a null value or two values with the same label
     */
    public static <T> Map<String, T> labelled(Collection<? extends T> values) {
        return labelled(values, String::valueOf);
    }

    /**
     * Options labelled by {@code label}, in order: {@code labelled(List.of(8, 16), gb -> gb + " GB")}.
     *
     * @throws IllegalArgumentException on a null value or label, or two values with the same label
     */
    public static <T> Map<String, T> labelled(Collection<? extends T> values, Function<? super T, String> label) {
        var out = new LinkedHashMap<String, T>();
        for (T value : values) {
            String text = value == null ? null : label.apply(value);
            if (text == null) {
                throw new IllegalArgumentException("options must not contain null");
            }
            if (out.putIfAbsent(text, value) != null) {
                throw new IllegalArgumentException("options must not have two values labelled '" + ClientText.bounded(text) + "'");
            }
        }
        return Collections.unmodifiableMap(out);
    }

    /**
     * An unmodifiable copy of {@code options} (label → value), in its iteration order.
     *
     * @throws IllegalArgumentException on a null label or value
     */
    public static <T> Map<String, T> copyOf(Map<String, ? extends T> options) {
        var out = new LinkedHashMap<String, T>();
        options.forEach((label, value) -> {
            if (label == null || value == null) {
                throw new IllegalArgumentException("options must not contain null");
            }
            out.put(label, value);
        });
        return Collections.unmodifiableMap(out);
    }

    /** Declares the {@code options} parameter of a choice widget: label → value, sent as the list of labels. */
    static <T> Param<Map<String, T>> param(Parameterized owner) {
        return Param.<Map<String, T>>builder(owner, "options").value(Map.of()).check(ChoiceOptions::check)
                .toWire(options -> List.copyOf(options.keySet()))
                .doc("The choices, label → value, in order; the browser sees the labels.").build();
    }

    /** Null if {@code options} has no null and offers each value once, else the problem. */
    static @Nullable String check(Map<String, ?> options) {
        if (options.keySet().stream().anyMatch(Objects::isNull) || options.values().stream().anyMatch(Objects::isNull)) {
            return "must not contain null";
        }
        return new HashSet<>(options.values()).size() == options.size() ? null : "must not offer a value twice";
    }

    /** The label of {@code value} among {@code options}, or null if it is not offered. */
    static @Nullable String labelOf(Map<String, ?> options, @Nullable Object value) {
        for (Map.Entry<String, ?> option : options.entrySet()) {
            if (option.getValue().equals(value)) {
                return option.getKey();
            }
        }
        return null;
    }

    /** The value labelled {@code wire} (which the browser sent), or a clear refusal. */
    static <T> T valueOf(Map<String, T> options, @Nullable Object wire) {
        if (!(wire instanceof String label)) {
            throw new IllegalArgumentException("expected an option's label (a string)");
        }
        T value = options.get(label);
        if (value == null) {
            throw new IllegalArgumentException("expected one of " + describe(options.keySet()));
        }
        return value;
    }

    /** A short, bounded rendering of some options for messages: {@code [a, b, …(25 in all)]}. */
    static String describe(Collection<?> items) {
        var shown = items.stream().limit(LISTED).map(item -> ClientText.bounded(item, 40)).toList();
        String more = items.size() > LISTED ? ", …(" + items.size() + " in all)" : "";
        return "[" + String.join(", ", shown) + more + "]";
    }
}
