package org.panel4j.param;

import java.util.function.Function;

/**
 * A {@link WireType} made of two functions, which every parameter declared with it shares (a parameter
 * holds the functions, so a bound method reference per parameter would cost two objects each).
 */
record FunctionWireType<T>(Function<T, Object> toWireFunction, Function<Object, T> fromWireFunction)
        implements WireType<T> {

    @Override
    public Object toWire(T value) {
        return toWireFunction.apply(value);
    }

    @Override
    public T fromWire(Object json) {
        return fromWireFunction.apply(json);
    }
}
