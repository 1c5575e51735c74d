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
public final class DatetimeRangePicker extends TemporalPicker<LocalDateTime> implements HasValue<Span<LocalDateTime>> {

    private final Param<Span<LocalDateTime>> value = Param.builder(this, "value", Span.DATE_TIMES).nullable()
            .clientWritable().check(this::outOfBounds)
            .doc("The span picked (the user's wall-clock times, no zone), or null while none is.").build();

    /** A picker with nothing picked and no bounds. */
    public DatetimeRangePicker() {
        super(LocalDateTime.class, "date and time");
    }

    /** A picker labelled {@code name}, with nothing picked and no bounds. */
    public DatetimeRangePicker(String name) {
        this();
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
}
