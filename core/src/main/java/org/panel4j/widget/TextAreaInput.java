package org.panel4j.widget;

import org.panel4j.param.Param;

/**
 * A multi-line text field; the browser sets {@code value} as the user types (debounced) or leaves it.
 * It shows {@code rows} lines, and with {@code autoGrow} grows with its text. The server refuses a
 * value longer than {@code maxLength}.
 */
public final class TextAreaInput extends TextField {

    private static final int LONGEST = 1_000_000;

    private final Param<Integer> maxLength = Param.builder(this, "maxLength", Integer.class).value(5000)
            .check(v -> v < 1 || v > LONGEST ? "must be from 1 to " + LONGEST : null)
            .doc("The most characters the value may hold.").build();
    private final Param<String> value = Param.builder(this, "value", String.class).value("").clientWritable()
            .check(v -> v.length() > getMaxLength() ? "must be at most " + getMaxLength() + " characters long" : null)
            .doc("The text entered.").build();
    private final Param<Integer> rows = Param.builder(this, "rows", Integer.class).value(2)
            .check(v -> v < 1 || v > 100 ? "must be from 1 to 100" : null)
            .doc("The lines shown (the least, with autoGrow).").build();
    private final Param<Boolean> autoGrow = Param.builder(this, "autoGrow", Boolean.class).value(false)
            .doc("Whether the field grows to show all its text.").build();

    /** An empty field. */
    public TextAreaInput() {}

    /** An empty field labelled {@code name}. */
    public TextAreaInput(String name) {
        setName(name);
    }

    @Override
    public Param<String> valueProperty() {
        return value;
    }

    /** The lines shown. */
    public int getRows() {
        return rows.get();
    }

    /** Sets the lines shown, 1 to 100. @throws IllegalArgumentException if the value is not acceptable */
    public void setRows(int value) {
        rows.set(value);
    }

    /** The {@code rows} parameter. */
    public Param<Integer> rowsProperty() {
        return rows;
    }

    /** The most characters the value may hold. */
    public int getMaxLength() {
        return maxLength.get();
    }

    /**
     * Sets the most characters the value may hold, 1 to 1000000; the current value is not cut.
     * @throws IllegalArgumentException if the value is not acceptable
     */
    public void setMaxLength(int value) {
        maxLength.set(value);
    }

    /** The {@code maxLength} parameter. */
    public Param<Integer> maxLengthProperty() {
        return maxLength;
    }

    /** Whether the field grows to show all its text. */
    public boolean isAutoGrow() {
        return autoGrow.get();
    }

    /** Sets whether the field grows to show all its text. */
    public void setAutoGrow(boolean value) {
        autoGrow.set(value);
    }

    /** The {@code autoGrow} parameter. */
    public Param<Boolean> autoGrowProperty() {
        return autoGrow;
    }
}
