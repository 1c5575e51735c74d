package org.panel4j.examples;

import static org.panel4j.Panel.async;
import static org.panel4j.Panel.withLock;

import java.time.Duration;
import java.util.Map;
import java.util.Random;
import java.util.function.Supplier;
import java.util.random.RandomGenerator;
import org.panel4j.App;
import org.panel4j.layout.Column;
import org.panel4j.layout.Row;
import org.panel4j.plot.ColumnDataSource;
import org.panel4j.plot.Figure;
import org.panel4j.widget.Button;
import org.panel4j.widget.ButtonType;

/**
 * The seed guide's second example: each click waits a second in the background, then streams five
 * points of a random walk into a line. {@code withLock} makes the clicks take turns, so each one
 * continues the walk where the one before ended; clicks made meanwhile wait their turn.
 */
public final class AsyncStream {

    /** The rows the plot keeps (the oldest roll off). */
    public static final int ROLLOVER = 500;

    private AsyncStream() {}

    /** The app: a one-second task per click, {@value #ROLLOVER} rows kept, a fresh random walk per session. */
    public static App app() {
        return app(Duration.ofSeconds(1), ROLLOVER, Random::new);
    }

    /** The app with its task's {@code delay}, the {@code rollover}, and each session's random numbers. */
    public static App app(Duration delay, int rollover, Supplier<? extends RandomGenerator> randoms) {
        return session -> {
            RandomGenerator random = randoms.get();
            var button = new Button("Click me!").buttonType(ButtonType.PRIMARY);
            var source = new ColumnDataSource(Map.of("x", new double[] {0}, "y", new double[] {0}));
            var figure = new Figure("Random walk").axisLabels("step", "value").size(640, 340);
            figure.line(source, "x", "y").color("#0072b5").width(2).legend("walk");
            button.onClick(withLock(async(event -> {
                Thread.sleep(delay);
                double[] xs = source.doubles("x");
                double[] ys = source.doubles("y");
                double x = xs[xs.length - 1];
                double y = ys[ys.length - 1];
                double[] nextX = new double[5];
                double[] nextY = new double[5];
                for (int i = 0; i < 5; i++) {
                    nextX[i] = x + i + 1;
                    y += random.nextGaussian();
                    nextY[i] = y;
                }
                source.stream(Map.of("x", nextX, "y", nextY), rollover);
            })));
            return new Column(
                    "## Async stream\nEach click waits a second in the background, then adds five points of a "
                            + "random walk. Click several times: the clicks take turns. Drag to zoom, double-click to reset.",
                    new Row(button, figure));
        };
    }
}
