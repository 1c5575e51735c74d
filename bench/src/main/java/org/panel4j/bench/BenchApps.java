package org.panel4j.bench;

import static org.panel4j.Panel.async;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicBoolean;
import org.panel4j.App;
import org.panel4j.examples.AsyncClick;
import org.panel4j.layout.Column;
import org.panel4j.widget.Button;
import org.panel4j.widget.StaticText;

/**
 * The apps the load driver exercises, besides the seed's {@code /async_click}. One instance per
 * server: it owns the components shared by every session (the trickle ticker, the fan-out text).
 */
final class BenchApps {

    /** How often the shared ticker changes: every session receives this trickle. */
    static final Duration TICK = Duration.ofMillis(100);
    /** How long one {@code /bench_rate} click sets values as fast as it can. */
    static final Duration RATE_BURST = Duration.ofSeconds(2);

    private final StaticText ticker = new StaticText();
    private final StaticText fanOut = new StaticText();
    private final AtomicBoolean tickerStarted = new AtomicBoolean();

    /** {@code /async_click} plus the shared ticker, started by the first session (a server-wide periodic callback). */
    App click() {
        App seed = AsyncClick.app();
        return session -> {
            if (tickerStarted.compareAndSet(false, true)) {
                long[] n = {0};
                session.host().addPeriodicCallback(tick -> ticker.setValue("tick " + ++n[0]), TICK);
            }
            return new Column(seed.build(session), ticker);
        };
    }

    /** A button whose async callback sets its text as fast as it can for {@link #RATE_BURST}, then 'done N'. */
    App rate() {
        return session -> {
            var button = new Button("Burst");
            var text = new StaticText();
            button.onClick(async(event -> {
                long end = System.nanoTime() + RATE_BURST.toNanos();
                long n = 0;
                while (System.nanoTime() < end) {
                    text.setValue("v" + ++n);
                }
                text.setValue("done " + n);
            }));
            return new Column(button, text);
        };
    }

    /** One text shared by every session of {@code /bench_fan}; {@link #fanBurst} drives it. */
    App fan() {
        return session -> new Column(fanOut);
    }

    /** Sets the shared fan-out text as fast as possible for {@code duration}, then 'done N'; returns N. */
    long fanBurst(Duration duration) {
        long end = System.nanoTime() + duration.toNanos();
        long n = 0;
        while (System.nanoTime() < end) {
            fanOut.setValue("f" + ++n);
        }
        fanOut.setValue("done " + n);
        return n;
    }
}
