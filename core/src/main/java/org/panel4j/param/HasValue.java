package org.panel4j.param;


/**
 * Something with a main, settable {@code value} parameter: a widget or a value pane. It can be bound
 * ({@link ObservableValue}) through that parameter.
 *
 * @param <T> the value type
 */
public interface HasValue<T> extends ObservableValue<T> {

    /** The {@code value} parameter. */
    Param<T> valueProperty();

    /** The {@code value} parameter, to bind to. */
    @Override
    default ReadOnlyParam<T> observed() {
        return valueProperty();
    }

    /** The current value. */
    default T getValue() {
        return valueProperty().get();
    }

    /** Sets the value (validated; watchers run). */
    default void setValue(T value) {
        valueProperty().set(value);
    }
}
