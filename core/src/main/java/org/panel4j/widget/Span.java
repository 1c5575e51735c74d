package org.panel4j.widget;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Objects;
import org.panel4j.param.WireType;
import org.panel4j.param.WireTypes;

/**
 * A pair of values from {@code start} to {@code end}, both included, {@code start} not after
 * {@code end}: the value of range sliders ({@link IntRangeSlider}, {@link RangeSlider}, …) and of
 * {@link DatetimeRangePicker}. On the wire it is a JSON list of two values, {@code [2, 8]}, read
 * strictly by {@link #wire}.
 *
 * @param start the first value
 * @param end   the last value, not before {@code start}
 * @param <T>   the type of the ends
 */
public record Span<T extends Comparable<? super T>>(T start, T end) {

    /** Two whole numbers, {@code [2, 8]}. */
    public static final WireType<Span<Integer>> INTS = wire(WireTypes.INTEGER, "two whole numbers like [2, 8]");
    /** Two finite numbers, {@code [0.25, 0.75]}. */
    public static final WireType<Span<Double>> DOUBLES = wire(WireTypes.DOUBLE, "two numbers like [0.25, 0.75]");
    /** Two dates and times, {@code ["2026-11-27T09:00","2026-11-27T17:30"]}. */
    public static final WireType<Span<LocalDateTime>> DATE_TIMES = wire(WireTypes.LOCAL_DATE_TIME,
            "two dates and times like [\"2026-11-27T09:00\",\"2026-11-27T17:30\"]");

    /**
     * Checks the order of the two ends.
     *
     * @throws IllegalArgumentException if {@code end} is before {@code start}
     */
    public Span {
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(end, "end");
        if (start.compareTo(end) > 0) {
            throw new IllegalArgumentException("a span must not end (" + end + ") before it starts (" + start + ")");
        }
    }

    /** A span of {@code start}..{@code end}. */
    public static <T extends Comparable<? super T>> Span<T> of(T start, T end) {
        return new Span<>(start, end);
    }

    /** The ends as on the wire, {@code [2, 8]}. */
    @Override
    public String toString() {
        return "[" + start + ", " + end + "]";
    }

    /** Whether {@code value} is within the span (both ends included). */
    public boolean contains(T value) {
        return start.compareTo(value) <= 0 && value.compareTo(end) <= 0;
    }

    /**
     * A span as a JSON list of two values, each as {@code ends} reads it, the second not before the
     * first; {@code expected} says what is wanted in errors.
     */
    public static <T extends Comparable<? super T>> WireType<Span<T>> wire(WireType<T> ends, String expected) {
        Objects.requireNonNull(ends, "ends");
        return WireType.of(span -> List.of(ends.toWire(span.start()), ends.toWire(span.end())), json -> {
            if (!(json instanceof List<?> list) || list.size() != 2 || list.get(0) == null || list.get(1) == null) {
                throw new IllegalArgumentException("expected " + expected);
            }
            T first = ends.fromWire(list.get(0));
            T last = ends.fromWire(list.get(1));
            if (first.compareTo(last) > 0) {
                throw new IllegalArgumentException("expected the second value not before the first");
            }
            return new Span<>(first, last);
        });
    }
}
