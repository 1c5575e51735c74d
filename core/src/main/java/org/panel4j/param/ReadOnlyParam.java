package org.panel4j.param;

import org.jspecify.annotations.Nullable;
import org.panel4j.session.Callback;
import org.panel4j.session.Registration;

/**
 * The read side of a {@link Param}: what user code gets for a value only the component or the browser
 * sets ({@code Button.clicks}, a slider's {@code valueThrottled}), so that setting it does not compile
 * rather than failing at run time. All methods are thread-safe.
 *
 * @param <T> the value type
 */
public sealed interface ReadOnlyParam<T> extends ObservableValue<T> permits Param {

    /** The current value. */
    @Nullable T get();

    /** The name, which is also the wire name, e.g. {@code "clicks"}. */
    String name();

    /** {@code "Owner.name"}, as used in messages. */
    String label();

    /** What the parameter means; may be empty. */
    String doc();

    /** Calls {@code callback} with each change; see {@link Param#watch(Callback)}. */
    Registration watch(Callback<? super Change<T>> callback);

    /** Calls {@code callback} with each change as {@code options} say; see {@link Param#watch(Callback, WatchOptions)}. */
    Registration watch(Callback<? super Change<T>> callback, WatchOptions options);

    @Override
    default ReadOnlyParam<T> observed() {
        return this;
    }
}
