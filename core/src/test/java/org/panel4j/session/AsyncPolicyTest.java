package org.panel4j.session;

import static org.assertj.core.api.Assertions.assertThat;
import static org.panel4j.Panel.async;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.panel4j.param.Change;
import org.panel4j.testing.TestSession;
import org.panel4j.testkit.Waits;
import org.panel4j.widget.Button;

/** docs/concurrency.md rule 9: an async handler's concurrency policy decides what a click does while earlier ones run. */
class AsyncPolicyTest {

    private final Button button = new Button("Go");
    private final Map<Integer, CountDownLatch> gates = new ConcurrentHashMap<>();
    private final List<Integer> started = new CopyOnWriteArrayList<>();
    private final List<Integer> finished = new CopyOnWriteArrayList<>();
    private final List<Integer> interrupted = new CopyOnWriteArrayList<>();
    private final TestSession page = TestSession.open(session -> button);

    @AfterEach
    void close() {
        gates.values().forEach(CountDownLatch::countDown);
        page.close();
    }

    private CountDownLatch gate(int click) {
        return gates.computeIfAbsent(click, c -> new CountDownLatch(1));
    }

    private void handle(Change<Integer> event) throws InterruptedException {
        int click = event.newValue();
        started.add(click);
        try {
            gate(click).await(5, TimeUnit.SECONDS);
            finished.add(click);
        } catch (InterruptedException e) {
            interrupted.add(click);
            throw e;
        }
    }

    private void clicks(int count) {
        for (int i = 0; i < count; i++) {
            page.click(button);
        }
    }

    @Test
    void parallel_isTheDefault_everyClickRunsSideBySide() {
        button.onClick(async(this::handle));

        clicks(3);

        Waits.until(() -> started.size() == 3, "three running at once");
        assertThat(page.session().runningTasks()).isEqualTo(3);
    }

    @Test
    void queue_runsClicksOneAfterAnother_inOrder() {
        button.onClick(async(Concurrency.QUEUE, this::handle));

        clicks(3);
        Waits.until(() -> started.size() == 1, "the first");
        assertThat(page.session().runningTasks()).isEqualTo(1);
        gate(1).countDown();
        Waits.until(() -> started.size() == 2, "the second after the first");
        gate(2).countDown();
        gate(3).countDown();
        page.awaitQuiet(Duration.ofSeconds(5));

        assertThat(started).containsExactly(1, 2, 3);
        assertThat(finished).containsExactly(1, 2, 3);
    }

    @Test
    void dropWhileRunning_ignoresClicksWhileOneRuns() {
        button.onClick(async(Concurrency.DROP_WHILE_RUNNING, this::handle));

        clicks(3);
        Waits.until(() -> started.size() == 1, "the first");
        gate(1).countDown();
        page.awaitQuiet(Duration.ofSeconds(5));
        page.click(button);
        gate(4).countDown();
        page.awaitQuiet(Duration.ofSeconds(5));

        assertThat(started).containsExactly(1, 4);
    }

    @Test
    void latest_interruptsTheRunningClick_andRunsTheNewest() {
        button.onClick(async(Concurrency.LATEST, this::handle));

        page.click(button);
        Waits.until(() -> started.size() == 1, "the first");
        page.click(button);
        Waits.until(() -> started.size() == 2, "the second");
        gate(2).countDown();
        page.awaitQuiet(Duration.ofSeconds(5));

        assertThat(interrupted).containsExactly(1);
        assertThat(finished).containsExactly(2);
    }

    @Test
    void policy_appliesPerSession() {
        button.onClick(async(Concurrency.DROP_WHILE_RUNNING, this::handle));
        try (var other = TestSession.open(session -> button)) {
            page.click(button);
            Waits.until(() -> started.size() == 1, "the first session's click");
            other.click(button);
            Waits.until(() -> started.size() == 2, "the other session's click, not dropped");
        }
    }
}
