package org.panel4j.widget;

import org.jspecify.annotations.Nullable;
import org.panel4j.param.Param;

/**
 * The base of the date and time pickers: the optional {@code start} and {@code end} the user may pick
 * between, declared once; each picker adds its {@code value} and checks it against them.
 *
 * @param <T> the bound's type: a date, a time, or a date and time
 */
public abstract class TemporalPicker<T extends Comparable<? super T>> extends Widget {

    private final Param<T> start;
    private final Param<T> end;

    /** Bounds of {@code type}, described to users as the earliest and latest {@code what} ("date"). */
    protected TemporalPicker(Class<T> type, String what) {
        start = Param.builder(this, "start", type).nullable()
                .doc("The earliest " + what + " the user may pick, or null for none.").build();
        end = Param.builder(this, "end", type).nullable()
                .doc("The latest " + what + " the user may pick, or null for none.").build();
    }

    /** The earliest value the user may pick, or null. */
    public @Nullable T getStart() {
        return start.get();
    }

    /** Sets the earliest value the user may pick (null for none). */
    public void setStart(@Nullable T value) {
        start.set(value);
    }

    /** The {@code start} parameter. */
    public Param<T> startProperty() {
        return start;
    }

    /** The latest value the user may pick, or null. */
    public @Nullable T getEnd() {
        return end.get();
    }

    /** Sets the latest value the user may pick (null for none). */
    public void setEnd(@Nullable T value) {
        end.set(value);
    }

    /** The {@code end} parameter. */
    public Param<T> endProperty() {
        return end;
    }
}
