package org.panel4j.param;

/**
 * Something whose value can be read and watched: a parameter, or a widget through its {@code value}
 * parameter. What {@code Panel.bind} and {@code Bind.inputs} take.
 *
 * @param <T> the value type
 */
public interface ObservableValue<T> {

    /** The parameter that holds the value. */
    ReadOnlyParam<T> observed();
}
