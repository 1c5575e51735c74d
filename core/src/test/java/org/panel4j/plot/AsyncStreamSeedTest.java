package org.panel4j.plot;

import static org.assertj.core.api.Assertions.assertThat;
import static org.panel4j.Panel.async;
import static org.panel4j.Panel.withLock;

import java.time.Duration;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.panel4j.layout.Row;
import org.panel4j.testing.ClientData;
import org.panel4j.testing.TestSession;
import org.panel4j.widget.Button;

/** The seed guide's second example: each click streams five points of a random walk into a line. */
class AsyncStreamSeedTest {

    @Test
    void severalClicksInFlight_eachStreamFivePoints_andEveryPointArrives() {
        var button = new Button("Click me!");
        var source = new ColumnDataSource(Map.of("x", new double[] {0}, "y", new double[] {0}));
        var figure = new Figure().size(500, 300);
        figure.line(source, "x", "y");
        var random = new Random(42);
        button.onClick(withLock(async(event -> {
            Thread.sleep(100);
            double[] xs = source.doubles("x");
            double x = xs[xs.length - 1];
            double y = source.doubles("y")[xs.length - 1];
            double[] nx = new double[5];
            double[] ny = new double[5];
            for (int i = 0; i < 5; i++) {
                nx[i] = x + i + 1;
                y += random.nextGaussian();
                ny[i] = y;
            }
            source.stream(Map.of("x", nx, "y", ny));
        })));

        try (var page = TestSession.open(session -> new Row(button, figure))) {
            for (int click = 0; click < 4; click++) {
                page.click(button);
            }
            page.awaitQuiet(Duration.ofSeconds(10));

            assertThat(source.doubles("x")).containsExactly(0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15,
                    16, 17, 18, 19, 20);
            ClientData client = page.client().data(source.id());
            assertThat(client.doubles("x")).containsExactly(source.doubles("x"));
            assertThat(client.doubles("y")).containsExactly(source.doubles("y"));
        }
    }
}
