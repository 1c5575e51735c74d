package org.panel4j.session;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.panel4j.layout.Row;
import org.panel4j.pane.Progress;
import org.panel4j.param.Change;
import org.panel4j.testing.TestSession;
import org.panel4j.testkit.Waits;
import org.panel4j.widget.Button;
import org.panel4j.widget.StaticText;

/** docs/concurrency.md rule 9: an async task reports progress and can be cancelled by the user. */
class TaskTest {

    @Test
    void asyncTask_reportsProgressToABoundBar_andTheUserCancelsIt() {
        var start = new Button("Start");
        var cancel = new Button("Cancel");
        var bar = new Progress(0, 100);
        var status = new StaticText();
        var running = new AtomicReference<Task>();
        start.onClick(Async.<Change<Integer>>ofTask((event, task) -> {
            running.set(task);
            task.onProgress(p -> bar.setValue((int) Math.round(p * 100)));
            try {
                for (int step = 1; step <= 100; step++) {
                    task.setProgress(step / 100.0);
                    Thread.sleep(step < 30 ? 1 : 10_000);
                }
            } finally {
                status.setValue(task.isCancelled() ? "cancelled" : "done");
            }
        }));
        cancel.onClick(event -> running.get().cancel());
        try (var page = TestSession.open(session -> new Row(start, cancel, bar, status))) {
            page.click(start);
            page.awaitClientValue(bar, "value", v -> (Integer) v == 30, Duration.ofSeconds(5));

            page.click(cancel);

            page.awaitClientValue(status, "value", "cancelled"::equals, Duration.ofSeconds(2));
            page.awaitQuiet(Duration.ofSeconds(5));
            assertThat(running.get().isCancelled()).isTrue();
            assertThat(running.get().isDone()).isTrue();
            assertThat(running.get().progress()).isEqualTo(0.30);
        }
    }

    @Test
    void progress_isClamped_andNaNIsRefused() {
        var seen = new CopyOnWriteArrayList<Double>();
        Task task = Task.detached();
        Registration registration = task.onProgress(seen::add);

        task.setProgress(1.5);
        task.setProgress(-1);
        registration.cancel();
        task.setProgress(0.5);

        assertThat(seen).containsExactly(1.0, 0.0);
        assertThatThrownBy(() -> task.setProgress(Double.NaN)).hasMessageContaining("not NaN");
    }

    @Test
    void cancel_isIdempotent_andInterruptsTheTaskThread() throws Exception {
        try (var page = TestSession.open(session -> new StaticText())) {
            var interrupted = new CopyOnWriteArrayList<Boolean>();
            Task task = page.session().submit((session, t) -> {
                try {
                    Thread.sleep(Duration.ofSeconds(30));
                } catch (InterruptedException e) {
                    interrupted.add(true);
                }
            });
            Waits.until(() -> page.session().runningTasks() == 1, "the task to run");

            task.cancel();
            task.cancel();

            assertThat(task.await(5, java.util.concurrent.TimeUnit.SECONDS)).isTrue();
            assertThat(interrupted).containsExactly(true);
        }
    }
}
