package org.panel4j.widget;

import org.jspecify.annotations.Nullable;

/**
 * A number field ({@code <input type="number">}) for whole numbers; the browser sets {@code value} when the
 * user commits a number (Enter, leaving the field, the arrows), or null when the field is emptied. The
 * server refuses a number that is not whole, or a value outside {@code start}..{@code end} (either may be null: no bound).
 */
public final class IntInput extends NumberField<Integer> {

    /** A field at 0 without bounds. */
    public IntInput() {
        super(Integer.class, 0, 1);
    }

    /** A field labelled {@code name} at 0 without bounds. */
    public IntInput(String name) {
        this();
        setName(name);
    }

    /**
     * A field labelled {@code name} for {@code start..end} (either null: no bound) at {@code initial}.
     *
     * @throws IllegalArgumentException if start is above end or initial is outside them
     */
    public IntInput(String name, @Nullable Integer start, @Nullable Integer end, @Nullable Integer initial) {
        this();
        init(name, start, end, initial);
    }
}
