package org.panel4j.param;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Sets several parameters, across objects too, all or nothing: every value is validated first, then
 * all are set, then each watcher is called once with all its events. Param's {@code update} leaves
 * earlier values set when a later one fails; a transaction does not. Not thread-safe while being built.
 *
 * {@snippet :
 * Transaction.begin()
 *     .set(slider.startProperty(), 0)
 *     .set(slider.endProperty(), 100)
 *     .commit();
 * }
 */
public final class Transaction {

    private final Map<Param<?>, Object> values = new LinkedHashMap<>();

    private Transaction() {}

    /** Starts an empty transaction. */
    public static Transaction begin() {
        return new Transaction();
    }

    /** Adds a value to set; a later value for the same parameter replaces the earlier one. */
    public <T> Transaction set(Param<T> param, @Nullable T value) {
        values.put(Objects.requireNonNull(param, "param"), value);
        return this;
    }

    /**
     * Validates everything, then sets everything, then notifies.
     *
     * @throws IllegalArgumentException if any value is not acceptable; then nothing changes
     * @throws IllegalStateException if any parameter is constant or read-only; then nothing changes
     */
    @SuppressWarnings("unchecked")
    public void commit() {
        values.forEach((param, value) -> {
            param.checkWritable();
            ((Param<Object>) param).validate(value);
        });
        List<Change<?>> changes = new ArrayList<>(values.size());
        values.forEach((param, value) -> changes.add(apply((Param<Object>) param, value)));
        for (Change<?> change : changes) {
            if (change.type() == ChangeType.CHANGED) {
                change.owner().onParamChanged(change.param());
            }
        }
        WatcherDispatch.fire(changes, null);
    }

    private static Change<Object> apply(Param<Object> param, @Nullable Object value) {
        Object old = param.swap(value);
        ChangeType type = Objects.deepEquals(old, value) ? ChangeType.SET : ChangeType.CHANGED;
        return new Change<>(param, old, value, type, Origin.SERVER, null);
    }
}
