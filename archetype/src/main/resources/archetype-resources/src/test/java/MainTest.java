package ${package};

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.panel4j.testing.TestSession;
import org.panel4j.widget.Button;
import org.panel4j.widget.StaticText;

class MainTest {

    @Test
    void aClickSaysRunningAtOnceAndFinishedWhenItsTaskEnds() {
        try (var page = TestSession.open(Main.app())) {   // a session driven as a browser would, no network
            var button = page.root().find(Button.class).orElseThrow();
            var text = page.root().find(StaticText.class).orElseThrow();
            page.click(button);
            page.awaitClientValue(text, "value", "Running 1"::equals, Duration.ofSeconds(10));
            page.awaitClientValue(text, "value", "Finished 1"::equals, Duration.ofSeconds(20));
        }
    }
}
