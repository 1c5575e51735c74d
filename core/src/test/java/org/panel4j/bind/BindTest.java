package org.panel4j.bind;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.SubmissionPublisher;
import org.junit.jupiter.api.Test;
import org.panel4j.Panel;
import org.panel4j.component.Component;
import org.panel4j.layout.Column;
import org.panel4j.layout.Row;
import org.panel4j.pane.Markdown;
import org.panel4j.pane.Str;
import org.panel4j.param.HasValue;
import org.panel4j.testing.RecordingErrors;
import org.panel4j.testing.TestSession;
import org.panel4j.testkit.Waits;
import org.panel4j.widget.IntSlider;

/** docs/concurrency.md rule 9: bind re-evaluates on input changes, sync or async, single or streaming results. */
class BindTest {

    private final IntSlider slider = new IntSlider(0, 10);
    private final RecordingErrors errors = new RecordingErrors();

    private TestSession open(Bound bound) {
        return TestSession.open(session -> new Row(slider, bound), c -> c.errorHandler(errors));
    }

    @SuppressWarnings("unchecked")
    private static Object shown(Bound bound) {
        Component object = bound.getObject();
        return object == null ? null : ((HasValue<Object>) object).getValue();
    }

    private static void awaitShown(Bound bound, Object expected) {
        Waits.until(() -> expected.equals(shown(bound)), Duration.ofSeconds(5), () -> "to show " + expected + ", shows " + shown(bound));
    }

    @Test
    void syncBind_evaluatesAtOnce_andOnEachChange_beforeSetReturns() {
        Bound bound = Panel.bind(v -> "value " + v, slider);
        assertThat(bound.getObject()).isInstanceOf(Markdown.class);
        assertThat(shown(bound)).isEqualTo("value 0");

        try (var page = open(bound)) {
            page.set(slider, "value", 4);

            assertThat(shown(bound)).isEqualTo("value 4");
            Component object = bound.getObject();
            Waits.until(() -> page.client().knows(object.id()), "the new output to reach the client");
        }
    }

    @Test
    void twoInputBind_seesBothValues() {
        var other = new IntSlider(0, 10, 5);
        Bound bound = Panel.bind((a, b) -> a + "+" + b, slider, other);

        other.setValue(6);

        assertThat(shown(bound)).isEqualTo("0+6");
    }

    @Test
    void asyncBind_evaluatesOnAVirtualThread_whenShown_andOnChanges() {
        var threads = new java.util.concurrent.CopyOnWriteArrayList<Boolean>();
        Bound bound = Panel.bindAsync(v -> {
            threads.add(Thread.currentThread().isVirtual());
            return "async " + v;
        }, slider);
        assertThat(bound.getObject()).as("not evaluated before it is shown").isNull();

        try (var page = open(bound)) {
            awaitShown(bound, "async 0");
            slider.setValue(3);
            awaitShown(bound, "async 3");
            page.awaitQuiet(Duration.ofSeconds(5));
        }
        assertThat(threads).containsOnly(true);
    }

    @Test
    void functionReturningACompletionStage_isAsync_andShowsItsResult() {
        var future = new CompletableFuture<String>();
        Bound bound = Panel.bind(v -> v == 0 ? "start" : future, slider);
        try (var page = open(bound)) {
            slider.setValue(1);
            assertThat(shown(bound)).as("the old output stays until the stage completes").isEqualTo("start");
            assertThat(bound.isPending()).isTrue();

            future.complete("done");

            awaitShown(bound, "done");
            assertThat(bound.isPending()).isFalse();
        }
    }

    @Test
    void functionReturningAPublisher_showsEachItem_endingWithTheLast() throws Exception {
        var publisher = new SubmissionPublisher<String>();
        var seen = new java.util.concurrent.CopyOnWriteArrayList<Object>();
        Bound bound = Panel.bindAsync(v -> publisher, slider);
        bound.objectProperty().watch(change -> seen.add(((Markdown) change.newValue()).getValue()));
        try (var page = open(bound)) {
            Waits.until(() -> publisher.getNumberOfSubscribers() == 1, "the binding to subscribe");
            for (String item : List.of("one", "two", "three")) {
                publisher.submit(item);
                awaitShown(bound, item);
            }
            assertThat(bound.isPending()).as("the stream is still open").isTrue();
            publisher.close();
            Waits.until(() -> !bound.isPending(), "the stream to end");
        }
        assertThat(seen).containsExactly("one", "two", "three");
    }

    @Test
    void streamingFunction_appendsEachEmittedResult() {
        Bound bound = Bind.inputs(slider).append().streaming((inputs, emit) -> {
            for (int i = 1; i <= 3; i++) {
                emit.emit("part " + i);
            }
        });
        try (var page = open(bound)) {
            page.awaitQuiet(Duration.ofSeconds(5));

            assertThat(bound.getObject()).isInstanceOfSatisfying(Column.class, column -> assertThat(column.children())
                    .extracting(c -> ((Markdown) c).getValue()).containsExactly("part 1", "part 2", "part 3"));
            slider.setValue(1);
            page.awaitQuiet(Duration.ofSeconds(5));
            assertThat(((Column) bound.getObject()).size()).as("a new evaluation starts afresh").isEqualTo(3);
        }
    }

    @Test
    void exception_showsAsAnErrorPane_andTheNextInputRecovers() {
        Bound bound = Panel.bindAsync(v -> {
            if (v == 2) {
                throw new IllegalStateException("no image for 2");
            }
            return "image " + v;
        }, slider);
        try (var page = open(bound)) {
            awaitShown(bound, "image 0");

            slider.setValue(2);
            awaitShown(bound, "IllegalStateException: no image for 2");
            assertThat(bound.getObject()).isInstanceOf(Str.class);
            assertThat(bound.getObject().cssClassesProperty().get()).containsExactly("p4j-error");

            slider.setValue(3);
            awaitShown(bound, "image 3");
            page.awaitQuiet(Duration.ofSeconds(5));
        }
        assertThat(errors.all()).hasSize(1);
    }

    @Test
    void unbind_stopsReevaluating() {
        Bound bound = Panel.bind(v -> "value " + v, slider);

        bound.unbind();
        slider.setValue(5);

        assertThat(shown(bound)).isEqualTo("value 0");
    }
}
