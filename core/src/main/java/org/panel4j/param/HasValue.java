package org.panel4j.param;


/**
 * Something with a main {@code value} parameter: a widget, or a parameter itself. What
 * {@code Panel.bind} takes as input.
 *
 * @param <T> the value type
 */
public interface HasValue<T> {

    /** The {@code value} parameter. */
    Param<T> valueProperty();

    /** The current value. */
    default T getValue() {
        return valueProperty().get();
    }

    /** Sets the value (validated; watchers run). */
    default void setValue(T value) {
        valueProperty().set(value);
    }
}
