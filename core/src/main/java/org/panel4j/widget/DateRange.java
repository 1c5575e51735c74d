package org.panel4j.widget;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import org.panel4j.param.WireType;
import org.panel4j.param.WireTypes;

/**
 * A span of calendar dates from {@code start} to {@code end}, both included; no time and no zone. On the
 * wire it is {@link #WIRE}: {@code ["2026-01-01","2026-01-31"]}.
 *
 * @param start the first day
 * @param end   the last day, not before {@code start}
 */
public record DateRange(LocalDate start, LocalDate end) {

    /** A range as a JSON list of two ISO dates, parsed strictly ({@link WireTypes#LOCAL_DATE}). */
    public static final WireType<DateRange> WIRE = WireType.of(
            range -> List.of(WireTypes.LOCAL_DATE.toWire(range.start()), WireTypes.LOCAL_DATE.toWire(range.end())),
            json -> {
                if (!(json instanceof List<?> list) || list.size() != 2) {
                    throw new IllegalArgumentException("expected two dates like [\"2026-01-01\",\"2026-01-31\"]");
                }
                LocalDate start = WireTypes.LOCAL_DATE.fromWire(list.get(0));
                LocalDate end = WireTypes.LOCAL_DATE.fromWire(list.get(1));
                if (end.isBefore(start)) {
                    throw new IllegalArgumentException("expected the second date not before the first");
                }
                return new DateRange(start, end);
            });

    /**
     * Checks the order of the two dates.
     *
     * @throws IllegalArgumentException if {@code end} is before {@code start}
     */
    public DateRange {
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(end, "end");
        if (end.isBefore(start)) {
            throw new IllegalArgumentException("a date range must not end (" + end + ") before it starts (" + start + ")");
        }
    }

    /** Whether {@code date} is within the range (both ends included). */
    public boolean contains(LocalDate date) {
        return !date.isBefore(start) && !date.isAfter(end);
    }

    /** {@code [start, end]}, as a {@link Span} shows itself. */
    @Override
    public String toString() {
        return "[" + start + ", " + end + "]";
    }
}
