package org.panel4j.param;

import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/** The default conversions from a browser's JSON value to common parameter types. */
final class WireConversions {

    private WireConversions() {}

    @SuppressWarnings("unchecked")
    static <T> @Nullable Function<Object, T> forType(Class<T> type) {
        Function<Object, ?> conversion;
        if (type == String.class) {
            conversion = v -> requireType(v, String.class);
        } else if (type == Boolean.class) {
            conversion = v -> requireType(v, Boolean.class);
        } else if (type == Integer.class) {
            conversion = WireConversions::toInt;
        } else if (type == Long.class) {
            conversion = v -> toLong(v);
        } else if (type == Double.class) {
            conversion = WireConversions::toDouble;
        } else {
            return null;
        }
        return (Function<Object, T>) conversion;
    }

    private static <T> T requireType(Object v, Class<T> type) {
        if (!type.isInstance(v)) {
            throw new IllegalArgumentException("expected a " + type.getSimpleName().toLowerCase(java.util.Locale.ROOT));
        }
        return type.cast(v);
    }

    private static long toLong(Object v) {
        Number n = requireType(v, Number.class);
        double d = n.doubleValue();
        if (d != Math.rint(d) || Double.isInfinite(d) || Math.abs(d) > 9.007199254740992E15) {
            throw new IllegalArgumentException("expected a whole number");
        }
        return n.longValue();
    }

    private static int toInt(Object v) {
        long l = toLong(v);
        if (l < Integer.MIN_VALUE || l > Integer.MAX_VALUE) {
            throw new IllegalArgumentException("expected a whole number within int range");
        }
        return (int) l;
    }

    private static double toDouble(Object v) {
        double d = requireType(v, Number.class).doubleValue();
        if (!Double.isFinite(d)) {
            throw new IllegalArgumentException("expected a finite number");
        }
        return d;
    }
}
