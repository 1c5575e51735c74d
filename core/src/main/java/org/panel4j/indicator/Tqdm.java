package org.panel4j.indicator;

import java.time.Duration;
import java.util.Locale;
import java.util.Objects;
import java.util.function.LongSupplier;
import org.jspecify.annotations.Nullable;
import org.panel4j.component.Component;
import org.panel4j.param.HasValue;
import org.panel4j.param.Param;
import org.panel4j.param.ReadOnlyParam;

/**
 * A progress bar with tqdm's text beside it (Panel's {@code widgets.Tqdm}):
 * {@code 30/100 30% [00:03<00:07, 9.50 it/s]}: the count, the share, the time since the count left 0,
 * the time still expected at the rate so far, and that rate. Set {@code value} as the work goes on;
 * setting it to 0 starts the clock again.
 */
public final class Tqdm extends Component implements HasValue<Integer> {

    private final LongSupplier nanoClock;
    private long startedAt;
    private final Param<Integer> max = Param.builder(this, "max", Integer.class).value(100)
            .check(v -> v < 1 ? "must be at least 1" : null).doc("The count when done.").build();
    private final Param<Integer> value = Param.builder(this, "value", Integer.class).value(0)
            .bounds(() -> 0, this::getMax).doc("The count so far.").build();
    private final Param<String> text = Param.builder(this, "text", String.class).value("").readOnly()
            .doc("tqdm's line: count, share, elapsed and remaining time, rate.").build();

    /** A bar at 0 out of {@code max}. */
    public Tqdm(int max) {
        this(max, System::nanoTime);
    }

    /** A bar at 0 out of 100. */
    public Tqdm() {
        this(100);
    }

    Tqdm(int max, LongSupplier nanoClock) {
        this.nanoClock = Objects.requireNonNull(nanoClock, "nanoClock");
        this.startedAt = nanoClock.getAsLong();
        this.max.set(max);
        describe();
    }

    @Override
    protected void onParamChanged(Param<?> param) {
        if (text != null && (param == value || param == max)) { // null while the fields are declared
            if (param == value && value.get() == 0) {
                startedAt = nanoClock.getAsLong();
            }
            describe();
        }
        super.onParamChanged(param);
    }

    private void describe() {
        setByOwner(text, line(value.get(), max.get(), Duration.ofNanos(nanoClock.getAsLong() - startedAt)));
    }

    /** tqdm's line for {@code n} of {@code total} after {@code elapsed}. */
    static String line(int n, int total, Duration elapsed) {
        double seconds = elapsed.toNanos() / 1e9;
        double rate = seconds > 0 ? n / seconds : 0;
        String remaining = rate > 0 ? clock((long) ((total - n) / rate)) : "?";
        return String.format(Locale.ROOT, "%d/%d %d%% [%s<%s, %s it/s]", n, total, (int) (100L * n / total),
                clock((long) seconds), remaining, rate > 0 ? String.format(Locale.ROOT, "%.2f", rate) : "?");
    }

    private static String clock(long seconds) {
        return seconds >= 3600
                ? String.format(Locale.ROOT, "%d:%02d:%02d", seconds / 3600, seconds / 60 % 60, seconds % 60)
                : String.format(Locale.ROOT, "%02d:%02d", seconds / 60, seconds % 60);
    }

    @Override
    public Param<Integer> valueProperty() {
        return value;
    }

    /** The count when done. */
    public int getMax() {
        return max.get();
    }

    /** Sets the count when done. @throws IllegalArgumentException if below 1 */
    public void setMax(int value) {
        max.set(value);
    }

    /** The {@code max} parameter. */
    public Param<Integer> maxProperty() {
        return max;
    }

    /** tqdm's line for the current count. */
    public @Nullable String getText() {
        return text.get();
    }

    /** The {@code text} parameter, derived from value and max. */
    public ReadOnlyParam<String> textProperty() {
        return text;
    }
}
