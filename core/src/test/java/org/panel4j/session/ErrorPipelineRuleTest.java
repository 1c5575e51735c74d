package org.panel4j.session;

import static org.assertj.core.api.Assertions.assertThat;
import static org.panel4j.Panel.async;

import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.panel4j.Panel;
import org.panel4j.bind.Bound;
import org.panel4j.layout.Row;
import org.panel4j.param.Change;
import org.panel4j.testing.ManualScheduler;
import org.panel4j.testing.RecordingErrors;
import org.panel4j.testing.TestSession;
import org.panel4j.widget.Button;
import org.panel4j.widget.IntSlider;
import org.panel4j.widget.StaticText;

/** docs/concurrency.md rules 8 and 11: every callback kind reports to one handler, once, and the session goes on. */
class ErrorPipelineRuleTest {

    private final RecordingErrors errors = new RecordingErrors();
    private final ManualScheduler clock = new ManualScheduler();
    private final SessionHost host = SessionHost.create(c -> c.errorHandler(errors).scheduler(clock));
    private final Button button = new Button("Go");
    private final StaticText text = new StaticText();
    private final IllegalStateException boom = new IllegalStateException("boom");

    @AfterEach
    void closeHost() {
        host.close();
    }

    private TestSession open(Object view) {
        return TestSession.open(session -> view, host);
    }

    private CallbackError onlyError(TestSession page) {
        page.awaitQuiet(Duration.ofSeconds(5));
        CallbackError error = errors.await(1).getFirst();
        assertThat(errors.all()).as("reported once").hasSize(1);
        assertThat(error.exception()).isSameAs(boom);
        assertThat(error.session()).isSameAs(page.session());
        assertThat(page.session().isDestroyed()).isFalse();
        return error;
    }

    @Test
    void syncClickCallback_reportsExceptionEventSourceAndSession() {
        button.onClick(event -> {
            throw boom;
        });
        var page = open(new Row(button, text));

        page.click(button);

        CallbackError error = onlyError(page);
        assertThat(error.source()).isSameAs(button);
        assertThat(error.event()).isInstanceOfSatisfying(Change.class, c -> assertThat(c.newValue()).isEqualTo(1));
    }

    @Test
    void asyncClickCallback_reportsOnce() {
        button.onClick(async(event -> {
            throw boom;
        }));
        var page = open(new Row(button, text));

        page.click(button);

        CallbackError error = onlyError(page);
        assertThat(error.source()).isSameAs(button);
        assertThat(error.event()).isInstanceOf(Change.class);
    }

    @Test
    void watcher_reportsOnce_andTheSetStands() {
        text.valueProperty().watch(change -> {
            throw boom;
        });
        var page = open(text);

        text.setValue("x");

        CallbackError error = onlyError(page);
        assertThat(error.source()).isSameAs(text);
        assertThat(text.getValue()).isEqualTo("x");
    }

    @Test
    void syncPeriodicCallback_reportsEachFailingRun_andKeepsTicking() {
        var page = open(text);
        PeriodicCallback periodic = page.session().addPeriodicCallback(tick -> {
            throw boom;
        }, Duration.ofSeconds(1));

        clock.advance(Duration.ofSeconds(1));

        CallbackError error = onlyError(page);
        assertThat(error.source()).isSameAs(periodic);
        assertThat(error.event()).isSameAs(periodic);
        clock.advance(Duration.ofSeconds(1));
        assertThat(errors.all()).hasSize(2);
        assertThat(periodic.isRunning()).isTrue();
    }

    @Test
    void asyncPeriodicCallback_reportsOnce() {
        var page = open(text);
        PeriodicCallback periodic = page.session().addPeriodicCallback(async(tick -> {
            throw boom;
        }), Duration.ofSeconds(1));

        clock.advance(Duration.ofSeconds(1));

        assertThat(onlyError(page).source()).isSameAs(periodic);
    }

    private Object failOn3(int value) {
        if (value == 3) {
            throw boom;
        }
        return "ok " + value;
    }

    @Test
    void syncBind_reportsOnce_withTheBoundAsSource() {
        var slider = new IntSlider(0, 10);
        Bound bound = Panel.bind(this::failOn3, slider);
        var page = open(new Row(slider, bound));

        page.set(slider, "value", 3);

        assertThat(onlyError(page).source()).isSameAs(bound);
    }

    @Test
    void asyncBind_reportsOnce_withTheBoundAsSource() {
        var slider = new IntSlider(0, 10);
        Bound bound = Panel.bindAsync(this::failOn3, slider);
        var page = open(new Row(slider, bound));
        page.awaitQuiet(Duration.ofSeconds(5));

        page.set(slider, "value", 3);

        assertThat(onlyError(page).source()).isSameAs(bound);
    }

    @Test
    void executeAndSubmit_reportTheirErrors() {
        var page = open(text);

        page.session().execute(session -> {
            throw boom;
        });
        onlyError(page);
        page.session().submit((session, task) -> {
            throw boom;
        });

        errors.await(2);
        assertThat(errors.all()).extracting(CallbackError::kind).containsExactly("execute", "task");
    }

    @Test
    void handlerThatThrows_isContained_andTheSessionGoesOn() {
        try (var failingHost = SessionHost.create(c -> c.errorHandler(error -> {
            throw new IllegalStateException("handler broke");
        }))) {
            button.onClick(event -> {
                throw boom;
            });
            var page = TestSession.open(session -> button, failingHost);

            page.click(button);
            page.click(button);

            assertThat(button.getClicks()).isEqualTo(2);
        }
    }

    @Test
    void defaultHandler_notifiesTheUser_andTheSessionGoesOn() {
        var counter = new Button("count");
        counter.onClick(event -> text.setValue("clicked " + event.newValue()));
        button.onClick(async(event -> {
            throw boom;
        }));
        try (var page = TestSession.open(session -> new Row(button, counter, text))) {
            page.click(button);
            page.awaitQuiet(Duration.ofSeconds(5));

            assertThat(page.client().notifications()).singleElement()
                    .satisfies(n -> assertThat(n.message()).startsWith("Something went wrong. Reference: "));
            page.click(counter);
            page.awaitClientValue(text, "value", "clicked 1"::equals, Duration.ofSeconds(2));
        }
    }

    @Test
    void serverWidePeriodic_reportsWithoutASession() {
        PeriodicCallback periodic = host.addPeriodicCallback(tick -> {
            throw boom;
        }, Duration.ofSeconds(1));

        clock.advance(Duration.ofSeconds(1));

        assertThat(errors.await(1)).singleElement().satisfies(error -> {
            assertThat(error.exception()).isSameAs(boom);
            assertThat(error.source()).isSameAs(periodic);
            assertThat(error.session()).isNull();
        });
    }
}
