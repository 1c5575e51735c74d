package org.panel4j.param;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.time.format.ResolverStyle;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * The built-in {@link WireType}s: JSON's own types, {@code java.time} values as ISO text, enums by
 * lower-case name, bytes as base64, and lists and maps of any of them. Client input is parsed strictly:
 * a date must be a real date in exactly the ISO form, a number must be finite and, for whole numbers,
 * whole and in range.
 */
public final class WireTypes {

    private static final Pattern HEX = Pattern.compile("#[0-9a-fA-F]{6}");
    /** One wire type per enum class, shared by every parameter of that type. */
    @SuppressWarnings({"unchecked", "rawtypes"})
    private static final ClassValue<WireType<?>> ENUMS = new ClassValue<>() {
        @Override
        protected WireType<?> computeValue(Class<?> type) {
            return enumOf((Class) type);
        }
    };
    private static final int MAX_TEMPORAL_LENGTH = 32;

    /** JSON strings. */
    public static final WireType<String> STRING = WireType.of(v -> v, v -> requireType(v, String.class, "a string"));
    /** JSON booleans. */
    public static final WireType<Boolean> BOOLEAN = WireType.of(v -> v, v -> requireType(v, Boolean.class, "a boolean"));
    /** Whole JSON numbers within int range. */
    public static final WireType<Integer> INTEGER = WireType.of(v -> v, WireTypes::toInt);
    /** Whole JSON numbers within ±2^53 (what a browser's number holds exactly). */
    public static final WireType<Long> LONG = WireType.of(v -> v, WireTypes::toLong);
    /** Finite JSON numbers. */
    public static final WireType<Double> DOUBLE = WireType.of(v -> v, WireTypes::toDouble);
    /** A date as {@code "2026-11-27"}. */
    public static final WireType<LocalDate> LOCAL_DATE = temporal("a date like 2026-11-27",
            DateTimeFormatter.ofPattern("uuuu-MM-dd"), LocalDate::from);
    /** A time of day as {@code "14:05"} or {@code "14:05:09"} (seconds are sent when not zero). */
    public static final WireType<LocalTime> LOCAL_TIME = temporal("a time like 14:05 or 14:05:09",
            DateTimeFormatter.ofPattern("HH:mm[:ss]"), LocalTime::from);
    /** A date and time without zone as {@code "2026-11-27T14:05"} or with seconds. */
    public static final WireType<LocalDateTime> LOCAL_DATE_TIME = temporal("a date and time like 2026-11-27T14:05",
            DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm[:ss]"), LocalDateTime::from);
    /** An instant as whole milliseconds since the epoch (a JavaScript {@code Date}'s value). */
    public static final WireType<Instant> INSTANT = WireType.of(Instant::toEpochMilli,
            v -> Instant.ofEpochMilli(toLong(v)));
    /** Bytes as base64 text. */
    public static final WireType<byte[]> BYTES = WireType.of(v -> Base64.getEncoder().encodeToString(v), v -> {
        try {
            return Base64.getDecoder().decode(requireType(v, String.class, "base64 text"));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("expected base64 text");
        }
    });
    /** A CSS colour as {@code "#rrggbb"} (lower case on the wire). */
    public static final WireType<String> HEX_COLOR = WireType.of(v -> v, v -> {
        String text = requireType(v, String.class, "a colour like #1f77b4");
        if (!HEX.matcher(text).matches()) {
            throw new IllegalArgumentException("expected a colour like #1f77b4");
        }
        return text.toLowerCase(Locale.ROOT);
    });

    private WireTypes() {}

    /** The built-in wire type for {@code type}: the JSON types, {@code java.time} types, bytes and enums; else null. */
    @SuppressWarnings({"unchecked", "rawtypes"})
    public static <T> @Nullable WireType<T> forClass(Class<T> type) {
        Objects.requireNonNull(type, "type");
        WireType<?> wire;
        if (type == String.class) {
            wire = STRING;
        } else if (type == Boolean.class) {
            wire = BOOLEAN;
        } else if (type == Integer.class) {
            wire = INTEGER;
        } else if (type == Long.class) {
            wire = LONG;
        } else if (type == Double.class) {
            wire = DOUBLE;
        } else if (type == LocalDate.class) {
            wire = LOCAL_DATE;
        } else if (type == LocalTime.class) {
            wire = LOCAL_TIME;
        } else if (type == LocalDateTime.class) {
            wire = LOCAL_DATE_TIME;
        } else if (type == Instant.class) {
            wire = INSTANT;
        } else if (type == byte[].class) {
            wire = BYTES;
        } else if (type.isEnum()) {
            wire = ENUMS.get(type);
        } else {
            return null;
        }
        return (WireType<T>) wire;
    }

    /** An enum constant by its lower-case name ({@code STRETCH_WIDTH} ↔ {@code "stretch_width"}). */
    public static <E extends Enum<E>> WireType<E> enumOf(Class<E> type) {
        var byName = new LinkedHashMap<String, E>();
        for (E constant : type.getEnumConstants()) {
            byName.put(constant.name().toLowerCase(Locale.ROOT), constant);
        }
        String expected = "one of " + String.join(", ", byName.keySet());
        return WireType.of(v -> v.name().toLowerCase(Locale.ROOT), v -> {
            E constant = byName.get(requireType(v, String.class, expected));
            if (constant == null) {
                throw new IllegalArgumentException("expected " + expected);
            }
            return constant;
        });
    }

    /** A list whose elements travel as {@code element} does; the Java list is unmodifiable. */
    public static <E> WireType<List<E>> listOf(WireType<E> element) {
        Objects.requireNonNull(element, "element");
        return WireType.of(list -> list.stream().map(e -> e == null ? null : element.toWire(e)).toList(), v -> {
            List<?> items = requireType(v, List.class, "a list");
            var out = new ArrayList<E>(items.size());
            for (Object item : items) {
                if (item == null) {
                    throw new IllegalArgumentException("expected a list without nulls");
                }
                out.add(element.fromWire(item));
            }
            return List.copyOf(out);
        });
    }

    /** A map with text keys whose values travel as {@code value} does; key order is kept. */
    public static <V> WireType<Map<String, V>> mapOf(WireType<V> value) {
        Objects.requireNonNull(value, "value");
        return WireType.of(map -> {
            var out = new LinkedHashMap<String, Object>();
            map.forEach((k, v) -> out.put(k, v == null ? null : value.toWire(v)));
            return out;
        }, v -> {
            Map<?, ?> entries = requireType(v, Map.class, "an object");
            var out = new LinkedHashMap<String, V>();
            for (Map.Entry<?, ?> entry : entries.entrySet()) {
                if (!(entry.getKey() instanceof String key) || entry.getValue() == null) {
                    throw new IllegalArgumentException("expected an object without null values");
                }
                out.put(key, value.fromWire(entry.getValue()));
            }
            return java.util.Collections.unmodifiableMap(out);
        });
    }

    private static <T> WireType<T> temporal(String expected, DateTimeFormatter pattern,
                                            java.util.function.Function<java.time.temporal.TemporalAccessor, T> from) {
        DateTimeFormatter strict = pattern.withResolverStyle(ResolverStyle.STRICT).withLocale(Locale.ROOT);
        return WireType.of(value -> format(value), v -> {
            String text = requireType(v, String.class, expected);
            if (text.length() > MAX_TEMPORAL_LENGTH) {
                throw new IllegalArgumentException("expected " + expected);
            }
            try {
                return from.apply(strict.parse(text));
            } catch (DateTimeException e) {
                throw new IllegalArgumentException("expected " + expected);
            }
        });
    }

    private static String format(Object value) {
        return switch (value) {
            case LocalTime time -> time.truncatedTo(ChronoUnit.SECONDS).toString();
            case LocalDateTime dateTime -> dateTime.truncatedTo(ChronoUnit.SECONDS).toString();
            default -> value.toString();
        };
    }

    private static <T> T requireType(Object v, Class<T> type, String expected) {
        if (!type.isInstance(v)) {
            throw new IllegalArgumentException("expected " + expected);
        }
        return type.cast(v);
    }

    private static long toLong(Object v) {
        Number n = requireType(v, Number.class, "a number");
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
        double d = requireType(v, Number.class, "a number").doubleValue();
        if (!Double.isFinite(d)) {
            throw new IllegalArgumentException("expected a finite number");
        }
        return d;
    }
}
