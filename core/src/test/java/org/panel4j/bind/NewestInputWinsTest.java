package org.panel4j.bind;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.panel4j.Panel;
import org.panel4j.layout.Row;
import org.panel4j.pane.Markdown;
import org.panel4j.testing.TestSession;
import org.panel4j.testkit.Waits;
import org.panel4j.widget.IntSlider;

/** docs/concurrency.md rule 9: for async bind the newest input wins (a generation fence), and superseded tasks are interrupted. */
class NewestInputWinsTest {

    private final IntSlider slider = new IntSlider(0, 10);
    private final Map<Integer, CountDownLatch> gates = new ConcurrentHashMap<>();
    private final List<Integer> started = new CopyOnWriteArrayList<>();
    private final List<Integer> interrupted = new CopyOnWriteArrayList<>();

    private CountDownLatch gate(int value) {
        return gates.computeIfAbsent(value, v -> new CountDownLatch(v == 0 ? 0 : 1));
    }

    /** Waits for its gate and ignores interruption, so only the generation fence can drop its result. */
    private Object stubborn(int value) {
        started.add(value);
        while (true) {
            try {
                gate(value).await(5, TimeUnit.SECONDS);
                return "result " + value;
            } catch (InterruptedException e) {
                interrupted.add(value);
            }
        }
    }

    @Test
    void threeQuickChanges_ABC_whereBFinishesLast_showC() {
        Bound bound = Panel.bindAsync(this::stubborn, slider);
        var shown = new CopyOnWriteArrayList<String>();
        bound.objectProperty().watch(change -> shown.add(((Markdown) change.newValue()).getValue()));
        try (var page = TestSession.open(session -> new Row(slider, bound))) {
            page.awaitQuiet(Duration.ofSeconds(5));

            page.set(slider, "value", 1);
            page.set(slider, "value", 2);
            page.set(slider, "value", 3);
            Waits.until(() -> started.containsAll(List.of(1, 2, 3)), "A, B and C to start");
            gate(1).countDown();
            gate(3).countDown();
            Waits.until(() -> "result 3".equals(((Markdown) bound.getObject()).getValue()), "C to show");
            gate(2).countDown();
            page.awaitQuiet(Duration.ofSeconds(5));

            assertThat(((Markdown) bound.getObject()).getValue()).isEqualTo("result 3");
            assertThat(shown).containsExactly("result 0", "result 3");
            Object clientObject = page.clientValue(bound, "object");
            assertThat(clientObject).isInstanceOfSatisfying(org.panel4j.session.Node.class,
                    node -> assertThat(node.id()).isEqualTo(bound.getObject().id()));
            assertThat(bound.isPending()).isFalse();
        }
        assertThat(interrupted).as("A and B were superseded and interrupted").contains(1, 2).doesNotContain(3);
    }

    @Test
    void supersededEvaluation_isInterrupted_underLatest() {
        var interruptedSleeps = new CopyOnWriteArrayList<Integer>();
        Bound bound = Panel.bindAsync(v -> {
            try {
                Thread.sleep(v == 1 ? Duration.ofSeconds(30) : Duration.ZERO);
            } catch (InterruptedException e) {
                interruptedSleeps.add(v);
                throw e;
            }
            return "value " + v;
        }, slider);
        try (var page = TestSession.open(session -> new Row(slider, bound))) {
            page.awaitQuiet(Duration.ofSeconds(5));
            slider.setValue(1);
            Waits.until(bound::isPending, "the slow evaluation to run");
            slider.setValue(2);

            page.awaitQuiet(Duration.ofSeconds(5));
            assertThat(((Markdown) bound.getObject()).getValue()).isEqualTo("value 2");
        }
        assertThat(interruptedSleeps).containsExactly(1);
    }
}
