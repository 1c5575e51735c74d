package org.panel4j.widget;

import java.util.function.Function;
import org.jspecify.annotations.Nullable;
import org.panel4j.param.HasValue;
import org.panel4j.param.Param;
import org.panel4j.param.ReadOnlyParam;
import org.panel4j.param.WireType;

/**
 * The base of sliders with two handles over dates or dates and times ({@link DateRangeSlider},
 * {@link DatetimeRangeSlider}), from {@code start} to {@code end}. While the user drags a handle, the
 * browser sets {@code value} (throttled); on release it sets {@code valueThrottled} too. Client input must be
 * two values in the strict ISO form, the second not before the first, both within {@code start}..{@code end};
 * anything else is refused ({@code invalid_value}) and changes nothing.
 *
 * @param <T> the type of the ends ({@code LocalDate}, {@code LocalDateTime})
 * @param <R> the value, a pair of them
 */
public abstract class TemporalRangeSlider<T extends Comparable<? super T>, R> extends Widget implements HasValue<R> {

    private final Param<T> start;
    private final Param<T> end;
    private final Param<R> value;
    private final Param<R> valueThrottled;
    private final Function<R, T> first;
    private final Function<R, T> last;

    /**
     * Declares the parameters and sets them.
     *
     * @param type    the type of the ends
     * @param wire    the value's wire form
     * @param first   the value's first end
     * @param last    the value's last end
     * @throws IllegalArgumentException if {@code from} is after {@code to} or {@code initial} is outside them
     */
    protected TemporalRangeSlider(Class<T> type, WireType<R> wire, Function<R, T> first, Function<R, T> last,
                                  T from, T to, R initial) {
        if (from.compareTo(to) > 0) {
            throw new IllegalArgumentException(label() + ".start must be at most end (" + to + "), not " + from);
        }
        this.first = first;
        this.last = last;
        start = Param.builder(this, "start", type).value(from).doc("The first value of the slider.").build();
        end = Param.builder(this, "end", type).value(to).doc("The last value of the slider.").build();
        value = Param.builder(this, "value", wire).value(initial).clientWritable().check(this::outOfBounds)
                .doc("The selected span.").build();
        valueThrottled = Param.builder(this, "valueThrottled", wire).value(initial).readOnly().clientWritable()
                .check(this::outOfBounds).doc("The span when the user released a handle.").build();
    }

    private @Nullable String outOfBounds(R span) {
        if (first.apply(span).compareTo(getStart()) < 0) {
            return "must start on or after " + getStart();
        }
        if (last.apply(span).compareTo(getEnd()) > 0) {
            return "must end on or before " + getEnd();
        }
        return null;
    }

    @Override
    public Param<R> valueProperty() {
        return value;
    }

    /** The first value of the slider. */
    public T getStart() {
        return start.get();
    }

    /** Sets the first value of the slider. */
    public void setStart(T value) {
        start.set(value);
    }

    /** The {@code start} parameter. */
    public Param<T> startProperty() {
        return start;
    }

    /** The last value of the slider. */
    public T getEnd() {
        return end.get();
    }

    /** Sets the last value of the slider. */
    public void setEnd(T value) {
        end.set(value);
    }

    /** The {@code end} parameter. */
    public Param<T> endProperty() {
        return end;
    }

    /** The span when the user last released a handle. */
    public R getValueThrottled() {
        return valueThrottled.get();
    }

    /** The read-only {@code valueThrottled} parameter: the span on release. */
    public ReadOnlyParam<R> valueThrottledProperty() {
        return valueThrottled;
    }
}
