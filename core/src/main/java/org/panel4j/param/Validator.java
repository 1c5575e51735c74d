package org.panel4j.param;

import org.jspecify.annotations.Nullable;

/**
 * Checks a candidate value: returns null when it is acceptable, else what is wrong in Param's words,
 * e.g. {@code "must be at most 10"} (the parameter's name and the value are added around it).
 *
 * @param <T> the value type
 */
@FunctionalInterface
public interface Validator<T> {

    /** Returns null if {@code value} is acceptable, else the problem. */
    @Nullable String check(T value);
}
