package org.panel4j.session;

import static org.assertj.core.api.Assertions.assertThat;
import static org.panel4j.Panel.async;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.panel4j.testing.TestSession;
import org.panel4j.testkit.Waits;
import org.panel4j.widget.Button;

/**
 * The bookkeeping of a session's tasks (a list linked through the tasks, see docs/decisions/0010):
 * the count stays exact while tasks start and end on many threads at once, close() cancels every
 * running task, and an async callback's stack carries few framework frames while it sleeps.
 */
class TaskGroupTest {

    @Test
    void size_staysExact_whileFourThreadsStartTasksThatEndAtOnce() throws Exception {
        var group = new TaskGroup("test-task");
        var tasks = new ConcurrentLinkedQueue<Task>();
        var ran = new AtomicInteger();
        List<Thread> starters = new ArrayList<>();
        for (int s = 0; s < 4; s++) {
            starters.add(Thread.ofPlatform().start(() -> {
                for (int i = 0; i < 2_000; i++) {
                    tasks.add(group.start(task -> ran.incrementAndGet()));
                }
            }));
        }
        for (Thread starter : starters) {
            starter.join();
        }
        for (Task task : tasks) {
            assertThat(task.await(5, TimeUnit.SECONDS)).isTrue();
        }

        assertThat(ran).hasValue(8_000);
        Waits.until(() -> group.size() == 0, Duration.ofSeconds(5), () -> "no task left, " + group.size() + " counted");
    }

    @Test
    void close_cancelsEveryRunningTask_andLaterStartsRunNothing() throws Exception {
        var group = new TaskGroup("test-task");
        var release = new CountDownLatch(1);
        var interrupted = new AtomicInteger();
        List<Task> running = new ArrayList<>();
        for (int i = 0; i < 500; i++) {
            running.add(group.start(task -> {
                try {
                    release.await();
                } catch (InterruptedException e) {
                    interrupted.incrementAndGet();
                }
            }));
        }
        assertThat(group.size()).isEqualTo(500);

        group.close();
        var ranAfterClose = new AtomicInteger();
        Task late = group.start(task -> ranAfterClose.incrementAndGet());

        for (Task task : running) {
            assertThat(task.await(5, TimeUnit.SECONDS)).isTrue();
            assertThat(task.isCancelled()).isTrue();
        }
        assertThat(interrupted).hasValue(500);
        assertThat(late.isCancelled()).isTrue();
        assertThat(late.isDone()).isTrue();
        assertThat(ranAfterClose).hasValue(0);
        assertThat(group.size()).isZero();
    }

    @Test
    void await_returnsWhenTheTaskEnds_forWaitersThatCameBeforeAndAfter() throws Exception {
        var group = new TaskGroup("test-task");
        var release = new CountDownLatch(1);
        Task task = group.start(t -> {
            try {
                release.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
        var early = new AtomicInteger();
        Thread waiter = Thread.ofVirtual().start(() -> {
            try {
                early.set(task.await(5, TimeUnit.SECONDS) ? 1 : -1);
            } catch (InterruptedException e) {
                early.set(-2);
            }
        });
        assertThat(task.await(10, TimeUnit.MILLISECONDS)).isFalse();

        release.countDown();

        waiter.join(Duration.ofSeconds(5));
        assertThat(early).hasValue(1);
        assertThat(task.await(0, TimeUnit.SECONDS)).isTrue();
        assertThat(task.isDone()).isTrue();
    }

    @Test
    void asyncClick_sleepsWithAtMostTwoFrameworkFramesOnItsStack() {
        var button = new Button("Go");
        var frames = new ArrayList<String>();
        button.onClick(async(event -> frames.addAll(StackWalker.getInstance(StackWalker.Option.SHOW_HIDDEN_FRAMES)
                .walk(stack -> stack.map(f -> f.getClassName() + "." + f.getMethodName())
                        .filter(name -> name.startsWith("org.panel4j.") && !name.startsWith(TaskGroupTest.class.getName()))
                        .toList()))));
        try (var page = TestSession.open(session -> button)) {
            page.click(button);
            page.awaitQuiet(Duration.ofSeconds(5));
        }

        // every frame here is copied to the heap when a callback parks and back as it returns: 100,000 sleeping clicks pay it 100,000 times
        assertThat(frames).as("framework frames under an async click").isNotEmpty().hasSizeLessThanOrEqualTo(2);
    }
}
