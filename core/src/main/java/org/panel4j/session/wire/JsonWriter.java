package org.panel4j.session.wire;

/**
 * A minimal streaming JSON writer: the one thing {@link ServerMessages} needs from its host. The writer
 * places commas and colons itself; a caller writes {@link #name} before each value of an object.
 * The {@code numbers} methods write plain JSON arrays; a host overrides them to send large arrays
 * another way (the server's binary frames, docs/protocol.md).
 */
public interface JsonWriter {

    /** Starts an object: <code>{</code>. */
    void startObject();

    /** Ends the current object: <code>}</code>. */
    void endObject();

    /** Starts an array: {@code [}. */
    void startArray();

    /** Ends the current array: {@code ]}. */
    void endArray();

    /** The name of the object member whose value comes next. */
    void name(String name);

    /** A string value, escaped. */
    void string(String value);

    /** A whole number. */
    void number(long value);

    /** A number; a non-finite one (NaN, ±infinity, not JSON) is written as null. */
    void number(double value);

    /**
     * A number already in its final text, written as is: a {@code Float} or {@code BigDecimal} in its own
     * {@code toString()} form, which JSON reads as the same number.
     */
    void numberText(String text);

    /** {@code true} or {@code false}. */
    void bool(boolean value);

    /** {@code null}. */
    void nullValue();

    /** {@code values} as a JSON array, a non-finite value as null. */
    default void numbers(double[] values) {
        startArray();
        for (double value : values) {
            number(value);
        }
        endArray();
    }

    /** {@code values} as a JSON array. */
    default void numbers(long[] values) {
        startArray();
        for (long value : values) {
            number(value);
        }
        endArray();
    }

    /** {@code values} as a JSON array. */
    default void numbers(int[] values) {
        startArray();
        for (int value : values) {
            number(value);
        }
        endArray();
    }
}
