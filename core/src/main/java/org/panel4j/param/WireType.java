package org.panel4j.param;

import java.util.Objects;
import java.util.function.Function;

/**
 * How values of one Java type travel to and from the browser's JSON (Boolean, Number, String, List,
 * Map or null), declared once per type instead of once per widget. {@link WireTypes} has the built-in
 * ones; {@link Param#builder(Parameterized, String, WireType)} declares a parameter with one.
 *
 * @param <T> the Java type
 */
public interface WireType<T> {

    /** What the browser receives for {@code value} (never null: nulls are sent as null before this is asked). */
    Object toWire(T value);

    /**
     * The Java value for what the browser sent.
     *
     * @throws IllegalArgumentException with a short reason ("expected a date like 2026-11-27") for input
     *                                  of the wrong shape; the text must not repeat the input
     */
    T fromWire(Object json);

    /** {@link #toWire} as a function; one shared instance per wire type where it can be. */
    default Function<T, Object> toWireFunction() {
        return this::toWire;
    }

    /** {@link #fromWire} as a function; one shared instance per wire type where it can be. */
    default Function<Object, T> fromWireFunction() {
        return this::fromWire;
    }

    /** A wire type from two functions. */
    @SuppressWarnings("unchecked")
    static <T> WireType<T> of(Function<? super T, Object> toWire, Function<Object, ? extends T> fromWire) {
        Objects.requireNonNull(toWire, "toWire");
        Objects.requireNonNull(fromWire, "fromWire");
        return new FunctionWireType<>((Function<T, Object>) toWire, (Function<Object, T>) fromWire);
    }
}
