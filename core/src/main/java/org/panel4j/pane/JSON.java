package org.panel4j.pane;

import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.panel4j.component.Component;
import org.panel4j.param.Param;

/**
 * A JSON value shown as a tree whose objects and arrays open and close by click (Panel's
 * {@code pane.JSON}); levels above {@code depth} start open. The value is made of maps with text
 * keys, lists, strings, numbers, booleans and nulls (what a JSON parser such as Jackson returns),
 * at most {@value #MAX_NESTING} levels deep. Keys and strings are shown as text.
 */
public final class JSON extends Component {

    /** The deepest nesting accepted. */
    public static final int MAX_NESTING = 64;

    private final Param<Object> object = Param.builder(this, "object", Object.class).nullable()
            .check(v -> problem(v, 0)).toWire(v -> v).doc("The value: maps, lists, strings, numbers, booleans, null.").build();
    private final Param<Integer> depth = Param.builder(this, "depth", Integer.class).value(1)
            .check(v -> v < -1 ? "must be -1 (all open) or at least 0" : null)
            .doc("How many levels start open; -1 opens all.").build();

    /** Shows {@code value}. @throws IllegalArgumentException if it is not JSON-like */
    public JSON(@Nullable Object value) {
        object.set(value);
    }

    /** Why {@code value} is not JSON-like (maps with text keys, lists, text, finite numbers, booleans, null), or null. */
    static @Nullable String problem(@Nullable Object value, int level) {
        if (level > MAX_NESTING) {
            return "must nest at most " + MAX_NESTING + " levels";
        }
        switch (value) {
            case null -> {
                return null;
            }
            case String s -> {
                return null;
            }
            case Boolean b -> {
                return null;
            }
            case java.lang.Number n -> {
                return n instanceof Double d && !Double.isFinite(d) || n instanceof Float f && !Float.isFinite(f)
                        ? "must hold only finite numbers" : null;
            }
            case Map<?, ?> map -> {
                for (Map.Entry<?, ?> entry : map.entrySet()) {
                    if (!(entry.getKey() instanceof String)) {
                        return "must have only text keys, found " + entry.getKey();
                    }
                    String inner = problem(entry.getValue(), level + 1);
                    if (inner != null) {
                        return inner;
                    }
                }
                return null;
            }
            case List<?> list -> {
                for (Object item : list) {
                    String inner = problem(item, level + 1);
                    if (inner != null) {
                        return inner;
                    }
                }
                return null;
            }
            default -> {
                return "must be made of maps, lists, strings, numbers, booleans and null, found a "
                        + value.getClass().getSimpleName();
            }
        }
    }

    /** The value shown. */
    public @Nullable Object getObject() {
        return object.get();
    }

    /** Shows {@code value}. @throws IllegalArgumentException if it is not JSON-like */
    public void setObject(@Nullable Object value) {
        object.set(value);
    }

    /** The {@code object} parameter. */
    public Param<Object> objectProperty() {
        return object;
    }

    /** How many levels start open; -1 opens all. */
    public int getDepth() {
        return depth.get();
    }

    /** Sets how many levels start open (-1 for all). */
    public void setDepth(int value) {
        depth.set(value);
    }

    /** The {@code depth} parameter. */
    public Param<Integer> depthProperty() {
        return depth;
    }
}
