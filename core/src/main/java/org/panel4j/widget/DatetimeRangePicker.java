package org.panel4j.widget;

import java.time.LocalDateTime;
import org.jspecify.annotations.Nullable;
import org.panel4j.param.HasValue;
import org.panel4j.param.Param;

/**
 * A span of dates and times chosen in two of the browser's own date-and-time fields, from and to; sent
 * when both are filled and the user commits a change (null when both are cleared). The value is the
 * wall-clock times the user picked: no time zone. Client input must be two real dates and times
 * ({@link Span#DATE_TIMES}), the second not before the first, both within {@code start}..{@code end};
 * anything else is refused ({@code invalid_value}) and changes nothing.
 */
public final class DatetimeRangePicker extends Widget implements HasValue<Span<LocalDateTime>> {

    private final Param<LocalDateTime> start = Param.builder(this, "start", LocalDateTime.class).nullable()
            .doc("The earliest date and time the user may pick, or null for none.").build();
    private final Param<LocalDateTime> end = Param.builder(this, "end", LocalDateTime.class).nullable()
            .doc("The latest date and time the user may pick, or null for none.").build();
    private final Param<Span<LocalDateTime>> value = Param.builder(this, "value", Span.DATE_TIMES).nullable()
            .clientWritable().check(this::outOfBounds)
            .doc("The span picked (the user's wall-clock times, no zone), or null while none is.").build();

    /** A picker with nothing picked and no bounds. */
    public DatetimeRangePicker() {}

    /** A picker labelled {@code name}, with nothing picked and no bounds. */
    public DatetimeRangePicker(String name) {
        setName(name);
    }

    private @Nullable String outOfBounds(Span<LocalDateTime> span) {
        LocalDateTime first = getStart();
        LocalDateTime last = getEnd();
        if (first != null && span.start().isBefore(first)) {
            return "must start at or after " + first;
        }
        if (last != null && span.end().isAfter(last)) {
            return "must end at or before " + last;
        }
        return null;
    }

    @Override
    public Param<Span<LocalDateTime>> valueProperty() {
        return value;
    }

    /** The earliest date and time the user may pick, or null. */
    public @Nullable LocalDateTime getStart() {
        return start.get();
    }

    /** Sets the earliest date and time the user may pick (null for none). */
    public void setStart(@Nullable LocalDateTime value) {
        start.set(value);
    }

    /** The {@code start} parameter. */
    public Param<LocalDateTime> startProperty() {
        return start;
    }

    /** The latest date and time the user may pick, or null. */
    public @Nullable LocalDateTime getEnd() {
        return end.get();
    }

    /** Sets the latest date and time the user may pick (null for none). */
    public void setEnd(@Nullable LocalDateTime value) {
        end.set(value);
    }

    /** The {@code end} parameter. */
    public Param<LocalDateTime> endProperty() {
        return end;
    }
}
