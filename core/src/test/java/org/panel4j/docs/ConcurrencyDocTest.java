package org.panel4j.docs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.panel4j.Panel.async;
import static org.panel4j.Panel.withLock;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.panel4j.App;
import org.panel4j.component.Component;
import org.panel4j.Panel;
import org.panel4j.bind.Bind;
import org.panel4j.bind.Bound;
import org.panel4j.layout.Row;
import org.panel4j.pane.JPG;
import org.panel4j.pane.Progress;
import org.panel4j.param.Change;
import org.panel4j.session.Async;
import org.panel4j.session.Concurrency;
import org.panel4j.session.PeriodicCallback;
import org.panel4j.session.SessionHost;
import org.panel4j.session.Task;
import org.panel4j.testing.Images;
import org.panel4j.testing.ManualScheduler;
import org.panel4j.testing.TestSession;
import org.panel4j.widget.Button;
import org.panel4j.widget.IntSlider;
import org.panel4j.widget.StaticText;
import org.panel4j.widget.TextInput;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Compiles and runs the snippets of docs/concurrency.md, as written there. */
class ConcurrencyDocTest {

    private static final Logger log = LoggerFactory.getLogger(ConcurrencyDocTest.class);

    private final Button button = new Button("Click me!");
    private final StaticText text = new StaticText();
    private final IntSlider start = new IntSlider(0, 100, 50);
    private final IntSlider end = new IntSlider(0, 100, 50);
    private final IntSlider slider = new IntSlider(0, 10);

    private static byte[] fetch(Object index) {
        return Images.generate("jpg", (Integer) index);
    }

    private static String query(String text) {
        return "results for " + text;
    }

    private static void store() {}

    private static Object render(Object value) {
        return "rendered " + value;
    }

    @Test
    void shortVersion() {
        App app = session -> {                         // one fresh tree per browser session
            var button = new Button("Click me!");
            var text = new StaticText();
            button.onClick(async(event -> {            // its own virtual thread, no lock
                text.setValue("Running " + event.newValue());
                Thread.sleep(Duration.ofMillis(20));   // (the doc sleeps 2 s)
                text.setValue("Finished " + event.newValue());
            }));
            return new Row(button, text);
        };

        try (var page = TestSession.open(app); var other = TestSession.open(app)) {
            Button button = (Button) page.root().children().get(0);
            Component text = page.root().children().get(1);
            page.click(button);
            page.awaitClientValue(text, "value", "Finished 1"::equals, Duration.ofSeconds(5));
            assertThat(other.clientValue(other.root().children().get(1), "value")).isEqualTo("");
        }
    }

    @Test
    void withLockAndHold() throws Exception {
        try (var page = TestSession.open(s -> new Row(button, text, start, end))) {
            var session = page.session();
            session.withLock(() -> {                 // nobody else's sync code runs meanwhile
                start.setValue(0);
                end.setValue(100);                   // the browser gets both in one batch
            });
            button.onClick(withLock(async(event -> { // Panel's @pn.io.with_lock
                Thread.sleep(10);
                text.setValue("updated under the lock");
            })));
            session.hold(() -> {                     // one batch, no mutual exclusion
                start.setValue(1);
                end.setValue(99);
            });
            page.click(button);
            page.awaitClientValue(text, "value", "updated under the lock"::equals, Duration.ofSeconds(5));
        }
    }

    @Test
    void policies() {
        var search = new TextInput();
        var results = new StaticText();
        var save = new Button("Save");
        search.valueProperty().watch(async(Concurrency.LATEST, event -> results.setValue(query(event.newValue()))));
        save.onClick(async(Concurrency.DROP_WHILE_RUNNING, event -> store()));
        Bound image = Bind.inputs(slider).async().policy(Concurrency.QUEUE).to(values -> render(values.get(0)));
        try (var page = TestSession.open(s -> new Row(search, results, save, slider, image))) {
            page.set(search, "value", "panel");
            page.awaitClientValue(results, "value", "results for panel"::equals, Duration.ofSeconds(5));
        }
    }

    @Test
    void bind() {
        Bound label = Panel.bind(v -> "Value: " + v, slider);             // sync, on the setting thread
        Bound image = Panel.bindAsync(i -> new JPG(fetch(i)), slider);      // virtual thread, newest wins
        Bound later = Panel.bind(v -> CompletableFuture.supplyAsync(() -> "computed " + v), slider); // async too
        Bound parts = Bind.inputs(slider).append().streaming((values, emit) -> {
            emit.emit("first part");                                         // several results over time
            emit.emit("second part");
        });
        try (var page = TestSession.open(s -> new Row(slider, label, image, later, parts))) {
            page.set(slider, "value", 2);
            page.awaitQuiet(Duration.ofSeconds(5));
            assertThat(image.getObject()).isInstanceOf(JPG.class);
        }
    }

    @Test
    void cancellationAndProgress() {
        var startButton = new Button("Start");
        var stop = new Button("Stop");
        var bar = new Progress(0, 100);
        var current = new AtomicReference<Task>();
        startButton.onClick(Async.<Change<Integer>>ofTask((event, task) -> {
            current.set(task);
            task.onProgress(p -> bar.setValue((int) Math.round(p * 100)));
            for (int step = 1; step <= 10 && !task.isCancelled(); step++) {
                Thread.sleep(100);                   // interrupted by cancel()
                task.setProgress(step / 10.0);
            }
        }));
        stop.onClick(event -> current.get().cancel());
        try (var page = TestSession.open(s -> new Row(startButton, stop, bar))) {
            page.click(startButton);
            page.awaitClientValue(bar, "value", v -> (Integer) v >= 10, Duration.ofSeconds(5));
            page.click(stop);
            page.awaitQuiet(Duration.ofSeconds(5));
            assertThat(current.get().isCancelled()).isTrue();
        }
    }

    @Test
    void periodic() {
        var clock = new ManualScheduler();
        try (var page = TestSession.open(session -> {
            PeriodicCallback poll = session.addPeriodicCallback(async(tick -> {
                text.setValue("tick " + tick.counter());  // async: may block
            }), Duration.ofSeconds(1))
                    .count(10)                              // stop after 10 runs
                    .timing(PeriodicCallback.Timing.FIXED_DELAY)  // default FIXED_RATE
                    .overlap(PeriodicCallback.Overlap.SKIP);      // the default
            poll.stop();
            poll.start();                                   // resets counter()
            return text;
        }, config -> config.scheduler(clock))) {
            clock.advance(Duration.ofSeconds(1));
            page.await(text.valueProperty(), "tick 1"::equals);
        }
    }

    @Test
    void errors() {
        SessionHost host = SessionHost.create(config -> config.errorHandler(error ->
                log.warn("{} callback failed in {} on {}", error.kind(), error.session(), error.source(),
                        error.exception())));
        host.close();
    }

    @Test
    void testingYourApp() {
        var clock = new ManualScheduler();
        try (var page = TestSession.open(session -> {
            session.addPeriodicCallback(tick -> text.setValue("tick " + tick.counter()), Duration.ofSeconds(1));
            return new Row(button, text);
        }, config -> config.scheduler(clock))) {
            clock.advance(Duration.ofSeconds(3));                 // three ticks, now
            page.await(text.valueProperty(), "tick 3"::equals);   // what the browser shows
            page.click(page.find(Button.class, "Click me!"));     // as the browser does
            page.awaitQuiet(Duration.ofSeconds(5));               // no task, nothing pending
        }
    }
}
