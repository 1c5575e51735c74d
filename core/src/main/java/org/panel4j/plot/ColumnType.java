package org.panel4j.plot;

import java.util.Locale;

/** The element type of a {@link ColumnDataSource} column; each is stored unboxed. */
public enum ColumnType {
    /** 64-bit floating point, stored as {@code double[]}. */
    DOUBLE(double.class),
    /** 64-bit integers, e.g. epoch milliseconds for a datetime axis, stored as {@code long[]}. */
    LONG(long.class),
    /** Text, e.g. categories or labels, stored as {@code String[]} without nulls. */
    STRING(String.class);

    private final Class<?> elementType;

    ColumnType(Class<?> elementType) {
        this.elementType = elementType;
    }

    /** The array element class: {@code double.class}, {@code long.class} or {@code String.class}. */
    public Class<?> elementType() {
        return elementType;
    }

    /**
     * A new array of {@code length} elements of this type. Typed array creation rather than
     * {@code Array.newInstance}, which TeaVM's JavaScript output gets wrong (docs/browser.md).
     */
    Object newArray(int length) {
        return switch (this) {
            case DOUBLE -> new double[length];
            case LONG -> new long[length];
            case STRING -> new String[length];
        };
    }

    /** The wire name, e.g. {@code "double"}. */
    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Whether the column holds numbers (a glyph's x or y can use it). */
    public boolean isNumeric() {
        return this != STRING;
    }
}
