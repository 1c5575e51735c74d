package org.panel4j.widget;

import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.panel4j.param.Param;

/**
 * A spinner (Panel's {@code NumberInput}, {@code Spinner}): a number box with up and down buttons (and
 * the arrow keys) that add or take {@code step}, within {@code start}..{@code end} (either null: no
 * bound), shown in {@code format}. One class for both number types: {@link #ofInts} for whole numbers,
 * {@link #ofDoubles} for decimals. The browser sets {@code value} when the user commits a number, or
 * null when the box is emptied; the server refuses a value of the wrong type or outside the bounds.
 *
 * <p>{@code format} is a small numeral pattern: optional text, then {@code 0}, optionally {@code 0,0}
 * for thousands separators and {@code .00} for the decimals shown, then optional text; e.g.
 * {@code "0.00"}, {@code "$0,0.00"}, {@code "0.0 %"}. Null shows the number as it is.
 *
 * @param <T> {@link Integer} or {@link Double}
 */
public final class NumberInput<T extends Number & Comparable<T>> extends NumberField<T> {

    /** What a format may look like: prefix, the number, suffix; no digits in the texts. */
    private static final Pattern FORMAT = Pattern.compile("([^0-9#]{0,8})0(,0)?(\\.0{1,10})?([^0-9#]{0,8})");

    private final Param<String> format = Param.builder(this, "format", String.class).nullable()
            .check(v -> FORMAT.matcher(v).matches() ? null : "must be a pattern like 0, 0.00 or $0,0.00")
            .doc("How the number is shown (e.g. 0.00 or $0,0.00), or null for as it is.").build();

    private NumberInput(Class<T> type, T zero, T step) {
        super(type, zero, step);
    }

    /**
     * A spinner over whole numbers labelled {@code name} for {@code start..end} (either null: no bound) at {@code initial}.
     *
     * @throws IllegalArgumentException if start is above end or initial is outside them
     */
    public static NumberInput<Integer> ofInts(String name, @Nullable Integer start, @Nullable Integer end,
                                              @Nullable Integer initial) {
        var input = new NumberInput<>(Integer.class, 0, 1);
        input.init(name, start, end, initial);
        return input;
    }

    /**
     * A spinner over numbers labelled {@code name} for {@code start..end} (either null: no bound) at {@code initial}.
     *
     * @throws IllegalArgumentException if start is above end or initial is outside them
     */
    public static NumberInput<Double> ofDoubles(String name, @Nullable Double start, @Nullable Double end,
                                                @Nullable Double initial) {
        var input = new NumberInput<>(Double.class, 0.0, 0.1);
        input.init(name, start, end, initial);
        return input;
    }

    /** How the number is shown, or null. */
    public @Nullable String getFormat() {
        return format.get();
    }

    /** Sets how the number is shown (see the class doc), or null. @throws IllegalArgumentException if not a pattern */
    public void setFormat(@Nullable String value) {
        format.set(value);
    }

    /** The {@code format} parameter. */
    public Param<String> formatProperty() {
        return format;
    }
}
